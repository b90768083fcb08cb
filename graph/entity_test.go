package graph

import (
	"reflect"
	"testing"
)

func mustEntity(t *testing.T, e Entity) *entityState {
	t.Helper()
	st, err := newEntityState(e)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestEntityMergeOrderIndependent folds the same descriptions in every order
// and expects one result.
func TestEntityMergeOrderIndependent(t *testing.T) {
	descs := []Entity{
		{ID: "person:steve-witkoff", Type: "Person", Name: "Steve Witkoff", Aliases: []string{"Witkoff"},
			Props: map[string]any{"wikidata": "Q123"}},
		{ID: "person:steve-witkoff", Type: "Person", Name: "STEVE WITKOFF", Aliases: []string{"Steven Witkoff"}},
		{ID: "person:steve-witkoff", Type: "Person", Name: "Steve Witkoff", Aliases: []string{"Special Envoy Witkoff", "Witkoff"},
			Props: map[string]any{"description": "US special envoy", "date": "2025", "wikidata": "Q999"}},
		{ID: "person:steve-witkoff", Type: "Person", Name: "Steven Witkoff",
			Props: map[string]any{"date": "2025-04-12"}},
	}
	perms := [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {1, 3, 0, 2}, {2, 0, 3, 1}}
	var first *entityState
	for _, perm := range perms {
		st := mustEntity(t, descs[perm[0]])
		for _, i := range perm[1:] {
			st.merge(mustEntity(t, descs[i]))
		}
		if first == nil {
			first = st
			continue
		}
		if !reflect.DeepEqual(st.stored(), first.stored()) {
			t.Errorf("order %v: got %v; want %v", perm, st.stored(), first.stored())
		}
	}
	got := first.stored()
	if got["name"] != "Steve Witkoff" {
		t.Errorf("name = %v; want Steve Witkoff (mixed case, smallest)", got["name"])
	}
	wantAliases := []string{"STEVE WITKOFF", "Special Envoy Witkoff", "Steven Witkoff", "Witkoff"}
	if !reflect.DeepEqual(got["aliases"], wantAliases) {
		t.Errorf("aliases = %v; want %v", got["aliases"], wantAliases)
	}
	if got["wikidata"] != "Q123" || got["datePrecision"] != PrecisionDay || got["dateText"] != "2025-04-12" {
		t.Errorf("got wikidata %v, datePrecision %v, dateText %v; want Q123, day, 2025-04-12",
			got["wikidata"], got["datePrecision"], got["dateText"])
	}
}

func TestEntityMergeWithStoredIsIdempotent(t *testing.T) {
	a := mustEntity(t, Entity{ID: "country:iran", Type: "Country", Name: "Iran", Aliases: []string{"Islamic Republic of Iran", "Tehran"}})
	stored := entityFromProps(a.stored())
	stored.merge(mustEntity(t, Entity{ID: "country:iran", Type: "Country", Name: "Iran", Aliases: []string{"Tehran", "Islamic Republic of Iran"}}))
	if !reflect.DeepEqual(stored.stored(), a.stored()) {
		t.Errorf("merging the same description again: got %v; want %v", stored.stored(), a.stored())
	}
}

func TestNewEntityStateRejects(t *testing.T) {
	tests := []struct {
		name string
		e    Entity
	}{
		{"unknown type", Entity{ID: "x:y", Type: "Spaceship", Name: "Y"}},
		{"type label injection", Entity{ID: "x:y", Type: "Person`) DETACH DELETE (n", Name: "Y"}},
		{"no id", Entity{Type: "Person", Name: "Y"}},
		{"no name", Entity{ID: "person:y", Type: "Person"}},
		{"reserved prop", Entity{ID: "person:y", Type: "Person", Name: "Y", Props: map[string]any{"aliases": "z"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := newEntityState(tt.e); err == nil {
				t.Errorf("newEntityState(%+v) succeeded; want an error", tt.e)
			}
		})
	}
}
