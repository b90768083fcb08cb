package queries

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

func TestConvert(t *testing.T) {
	day := dbtype.Date(time.Date(2025, 4, 12, 0, 0, 0, 0, time.UTC))
	tests := []struct {
		typ     Type
		in      string
		want    any
		wantErr string
	}{
		{TypeString, "Abbas Araghchi", "Abbas Araghchi", ""},
		{TypeString, "", "", ""},
		{TypeString, "null", nil, ""},
		{TypeInt, "42", int64(42), ""},
		{TypeInt, "4.2", nil, `"4.2" is not an int`},
		{TypeFloat, "0.5", 0.5, ""},
		{TypeFloat, "x", nil, `"x" is not a float`},
		{TypeBool, "true", true, ""},
		{TypeBool, "yes", nil, `"yes" is not a bool`},
		{TypeDate, "2025-04-12", day, ""},
		{TypeDate, "12/04/2025", nil, `"12/04/2025" is not a date (YYYY-MM-DD)`},
		{TypeDate, "null", nil, ""},
		{TypeStringList, "Oman, Qatar,", []any{"Oman", "Qatar"}, ""},
		{TypeStringList, `["a, b", "c"]`, []any{"a, b", "c"}, ""},
		{TypeStringList, `[1]`, nil, "is not a JSON array of strings"},
	}
	for _, tt := range tests {
		t.Run(string(tt.typ)+"/"+tt.in, func(t *testing.T) {
			got, err := tt.typ.Convert(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestBind(t *testing.T) {
	q, errs := parse("t.cypher", `// name: t :read
// Test query.
// @param name string — the name
// @param from date = null — since
// @param limit int = 10 — at most
RETURN $name, $from, $limit
`)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	t.Run("defaults fill in", func(t *testing.T) {
		got, err := q.Bind(map[string]string{"name": "Oman"})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]any{"name": "Oman", "from": nil, "limit": int64(10)}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})
	t.Run("given values win", func(t *testing.T) {
		got, err := q.Bind(map[string]string{"name": "Oman", "limit": "3"})
		if err != nil {
			t.Fatal(err)
		}
		if got["limit"] != int64(3) {
			t.Errorf("got limit %#v, want 3", got["limit"])
		}
	})
	t.Run("all problems at once", func(t *testing.T) {
		_, err := q.Bind(map[string]string{"limit": "many", "colour": "red"})
		want := "parameter name (string) is required\n" +
			"parameter limit (int): \"many\" is not an int\n" +
			"no parameter colour (it takes name=string from=date? limit=int?)"
		if err == nil || err.Error() != want {
			t.Errorf("got %v, want\n%s", err, want)
		}
	})
}

func TestParseAssignments(t *testing.T) {
	got, err := ParseAssignments([]string{"name=Abbas Araghchi", "q=a=b", "$limit=3"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"name": "Abbas Araghchi", "q": "a=b", "limit": "3"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for _, bad := range [][]string{{"novalue"}, {"=x"}, {"a=1", "a=2"}} {
		if _, err := ParseAssignments(bad); err == nil {
			t.Errorf("%q: got no error", bad)
		}
	}
}
