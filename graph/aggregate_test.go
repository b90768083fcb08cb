package graph

import (
	"reflect"
	"slices"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func date(t *testing.T, s string) neo4j.Date {
	t.Helper()
	d, _, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestAggregateEdge(t *testing.T) {
	claims := []claimRow{
		{DocID: "doc:b", Confidence: 0.7, Published: date(t, "2025-04-13"),
			Date: date(t, "2025-04-12"), DatePrecision: "day", DateText: "April 12",
			Values: map[string]string{"title": "Special Envoy"}},
		{DocID: "doc:a", Confidence: 0.9, Published: date(t, "2025-04-12"),
			Date: date(t, "2025-04-12"), DatePrecision: "day", DateText: "April 12",
			Values: map[string]string{"title": "Envoy"}},
		{DocID: "doc:c", Confidence: 0.5, Published: date(t, "2025-05-01"),
			Date: date(t, "2025-04-01"), DatePrecision: "month", DateText: "April",
			Values: map[string]string{"title": "Special Envoy"}},
		{DocID: "doc:d", Confidence: 0.4},
	}
	want := map[string]any{
		"claims": int64(4), "documents": int64(4), "docIds": []string{"doc:a", "doc:b", "doc:c", "doc:d"},
		"confidence": 0.9, "firstSeen": date(t, "2025-04-12"), "lastSeen": date(t, "2025-05-01"),
		"date": date(t, "2025-04-12"), "datePrecision": "day", "dateText": "April 12",
		"title": "Special Envoy",
	}
	got := aggregateEdge(claims)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
	slices.Reverse(claims)
	if again := aggregateEdge(claims); !reflect.DeepEqual(again, got) {
		t.Errorf("reversed claims: got %v; want %v", again, got)
	}
}

func TestAggregateEdgeTies(t *testing.T) {
	claims := []claimRow{
		{DocID: "doc:a", Date: date(t, "2025-05-01"), DatePrecision: "day", Values: map[string]string{"role": "mediator"}},
		{DocID: "doc:b", Date: date(t, "2025-04-12"), DatePrecision: "day", Values: map[string]string{"role": "host"}},
	}
	got := aggregateEdge(claims)
	if got["date"] != date(t, "2025-04-12") || got["role"] != "host" {
		t.Errorf("one vote each: got date %v, role %v; want the earliest date 2025-04-12 and the smallest role host", got["date"], got["role"])
	}
	if _, ok := got["firstSeen"]; ok {
		t.Errorf("no published dates: got firstSeen %v; want none", got["firstSeen"])
	}
}
