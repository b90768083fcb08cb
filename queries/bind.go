package queries

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// ParseAssignments splits `key=value` arguments (the CLI's --param flags)
// into a map. The value is everything after the first '='.
func ParseAssignments(args []string) (map[string]string, error) {
	out := make(map[string]string, len(args))
	for _, a := range args {
		k, v, ok := strings.Cut(a, "=")
		k = strings.TrimSpace(strings.TrimPrefix(k, "$"))
		if !ok || k == "" {
			return nil, fmt.Errorf("parameter %q: want key=value", a)
		}
		if _, dup := out[k]; dup {
			return nil, fmt.Errorf("parameter %s given twice", k)
		}
		out[k] = v
	}
	return out, nil
}

// Bind converts args to q's parameter types and fills in defaults, giving
// the parameter map to send with q.Text. Unknown names and missing required
// parameters are errors, all reported at once.
func (q *Query) Bind(args map[string]string) (map[string]any, error) {
	var errs []error
	out := make(map[string]any, len(q.Params))
	for _, p := range q.Params {
		s, given := args[p.Name]
		switch {
		case given:
			v, err := p.Type.Convert(s)
			if err != nil {
				errs = append(errs, fmt.Errorf("parameter %s (%s): %w", p.Name, p.Type, err))
				continue
			}
			out[p.Name] = v
		case p.Required():
			errs = append(errs, fmt.Errorf("parameter %s (%s) is required", p.Name, p.Type))
		default:
			v, err := p.DefaultValue()
			if err != nil {
				errs = append(errs, err)
				continue
			}
			out[p.Name] = v
		}
	}
	var unknown []string
	for k := range args {
		if _, ok := q.Param(k); !ok {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	takes := "it takes none"
	if len(q.Params) > 0 {
		takes = "it takes " + q.Usage()
	}
	for _, k := range unknown {
		errs = append(errs, fmt.Errorf("no parameter %s (%s)", k, takes))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}
