package queries

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Type is a parameter type. Values are converted to what the Neo4j driver
// sends as the matching Cypher type: string → STRING, int → INTEGER (int64),
// float → FLOAT, bool → BOOLEAN, date → DATE (dbtype.Date), list<string> →
// LIST<STRING>.
type Type string

// The parameter types a header may declare.
const (
	TypeString     Type = "string"
	TypeInt        Type = "int"
	TypeFloat      Type = "float"
	TypeBool       Type = "bool"
	TypeDate       Type = "date"
	TypeStringList Type = "list<string>"
)

// Types lists the valid parameter types.
var Types = []Type{TypeString, TypeInt, TypeFloat, TypeBool, TypeDate, TypeStringList}

// null is how a header default or a command-line value says "no value":
// optional filters (a date range's ends) test `$from IS NULL`.
const null = "null"

// dateLayout is the only date form accepted: ISO 8601 calendar dates, as
// the graph stores them.
const dateLayout = "2006-01-02"

// Convert turns a command-line value into a value of type t. "null" gives
// nil; a list is either a JSON array of strings or comma-separated items.
func (t Type) Convert(s string) (any, error) {
	if s == null {
		return nil, nil
	}
	switch t {
	case TypeString:
		return s, nil
	case TypeInt:
		v, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not an int", s)
		}
		return v, nil
	case TypeFloat:
		v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a float", s)
		}
		return v, nil
	case TypeBool:
		v, err := strconv.ParseBool(strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("%q is not a bool (true or false)", s)
		}
		return v, nil
	case TypeDate:
		d, err := time.Parse(dateLayout, strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("%q is not a date (YYYY-MM-DD)", s)
		}
		return dbtype.Date(d), nil
	case TypeStringList:
		if strings.HasPrefix(strings.TrimSpace(s), "[") {
			return parseJSONList(s)
		}
		out := []any{}
		for _, item := range strings.Split(s, ",") {
			if item = strings.TrimSpace(item); item != "" {
				out = append(out, item)
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("unknown type %q", t)
}

// parseDefault converts a default as written in a header. Strings there are
// quoted (Go syntax), so that a default can hold spaces and dashes without
// being taken for the description.
func (t Type) parseDefault(s string) (any, error) {
	if s == null {
		return nil, nil
	}
	switch t {
	case TypeString:
		v, err := strconv.Unquote(s)
		if err != nil || !strings.HasPrefix(s, `"`) {
			return nil, fmt.Errorf("string default %s: want a double-quoted string", s)
		}
		return v, nil
	case TypeStringList:
		if !strings.HasPrefix(s, "[") {
			return nil, fmt.Errorf("list default %s: want a JSON array of strings", s)
		}
		return parseJSONList(s)
	}
	return t.Convert(s)
}

// parseJSONList decodes a JSON array of strings into the []any the driver
// sends as a LIST<STRING>.
func parseJSONList(s string) (any, error) {
	var items []string
	if err := json.Unmarshal([]byte(s), &items); err != nil {
		return nil, fmt.Errorf("%s is not a JSON array of strings", s)
	}
	out := make([]any, len(items))
	for i, v := range items {
		out[i] = v
	}
	return out, nil
}

func validType(t Type) bool {
	for _, v := range Types {
		if v == t {
			return true
		}
	}
	return false
}
