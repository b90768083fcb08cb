package graph

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// entityState is an Entity's stored properties. Several documents describe
// the same entity; merge combines two descriptions so that the result does
// not depend on the order documents arrive in (merge is commutative and
// associative): aliases are a sorted union, the name is the best of all
// names given (the others become aliases), and any other property that two
// documents disagree on takes the smaller value (dates: the finest precision,
// then the earliest).
type entityState struct {
	id, typ, name string
	aliases       []string // sorted, distinct, without name
	props         map[string]any
}

// entityOptionalProps are the keys Entity.Props may hold.
var entityOptionalProps = []string{"wikidata", "description", "kind", "round", "date", "datePrecision", "dateText"}

func newEntityState(e Entity) (*entityState, error) {
	if e.ID == "" {
		return nil, fmt.Errorf("entity %q without id", e.Name)
	}
	if !slices.Contains(EntityTypes, e.Type) {
		return nil, fmt.Errorf("entity %s: unknown type %q (want one of %s)", e.ID, e.Type, strings.Join(EntityTypes, ", "))
	}
	if strings.TrimSpace(e.Name) == "" {
		return nil, fmt.Errorf("entity %s without name", e.ID)
	}
	props, err := dateProps(e.Props, entityOptionalProps...)
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", e.ID, err)
	}
	st := &entityState{id: e.ID, typ: e.Type, name: e.Name, props: props}
	st.setAliases(e.Aliases)
	return st, nil
}

// entityFromProps reads an entity back from its stored properties.
func entityFromProps(p map[string]any) *entityState {
	st := &entityState{props: map[string]any{}}
	for k, v := range p {
		switch k {
		case "id":
			st.id, _ = v.(string)
		case "type":
			st.typ, _ = v.(string)
		case "name":
			st.name, _ = v.(string)
		case "aliases":
			if list, err := propertyValue(v); err == nil {
				st.aliases, _ = list.([]string)
			}
		default:
			st.props[k] = v
		}
	}
	return st
}

func (st *entityState) setAliases(extra []string) {
	set := map[string]bool{}
	for _, a := range append(st.aliases, extra...) {
		if a = strings.TrimSpace(a); a != "" && a != st.name {
			set[a] = true
		}
	}
	st.aliases = slices.Sorted(maps.Keys(set))
}

// betterName reports whether name a should be shown rather than b: a name
// in mixed case over one in capitals, then the byte-wise smaller.
func betterName(a, b string) bool {
	ua, ub := a == strings.ToUpper(a), b == strings.ToUpper(b)
	if ua != ub {
		return !ua
	}
	return a < b
}

// merge folds o into st.
func (st *entityState) merge(o *entityState) {
	if o.typ != st.typ && o.typ < st.typ {
		st.typ = o.typ
	}
	names := []string{st.name, o.name}
	if betterName(o.name, st.name) {
		st.name = o.name
	}
	st.setAliases(append(append(names, o.aliases...), st.aliases...))

	dateKeys := []string{"date", "datePrecision", "dateText"}
	if _, ok := o.props["date"]; ok {
		if _, mine := st.props["date"]; !mine || dateLess(o.props, st.props) {
			for _, k := range dateKeys {
				if v, ok := o.props[k]; ok {
					st.props[k] = v
				} else {
					delete(st.props, k)
				}
			}
		}
	}
	for k, v := range o.props {
		if slices.Contains(dateKeys, k) {
			continue
		}
		if old, ok := st.props[k]; !ok || compareValues(v, old) < 0 {
			st.props[k] = v
		}
	}
}

// dateLess orders two property maps' dates: finest precision, then earliest
// date, then the smaller text.
func dateLess(a, b map[string]any) bool {
	pa, _ := a["datePrecision"].(string)
	pb, _ := b["datePrecision"].(string)
	if c := cmp.Compare(precisionRank(pa), precisionRank(pb)); c != 0 {
		return c < 0
	}
	if c := compareValues(a["date"], b["date"]); c != 0 {
		return c < 0
	}
	ta, _ := a["dateText"].(string)
	tb, _ := b["dateText"].(string)
	return ta < tb
}

// stored is the entity's row for the write statement: every stored
// property, absent ones as nil so that the write removes them.
func (st *entityState) stored() map[string]any {
	out := map[string]any{}
	for _, k := range entityOptionalProps {
		out[k] = st.props[k]
	}
	out["id"], out["type"], out["name"] = st.id, st.typ, st.name
	aliases := st.aliases
	if aliases == nil {
		aliases = []string{}
	}
	out["aliases"] = aliases
	return out
}
