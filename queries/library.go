package queries

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Ext is the extension of query files.
const Ext = ".cypher"

// Library is a set of queries with unique names.
type Library struct {
	byName map[string]*Query
}

// Load reads every *.cypher file of fsys (in all folders) as a query. It
// returns all problems found, each an *Error naming file and line, joined;
// a library with any problem is not returned.
func Load(fsys fs.FS) (*Library, error) {
	return load(fsys, "")
}

// LoadDir loads the query files under dir, naming them by their path on
// disk in errors and in Query.File.
func LoadDir(dir string) (*Library, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("load queries from %s: %w", dir, err)
	}
	return load(os.DirFS(dir), dir)
}

func load(fsys fs.FS, prefix string) (*Library, error) {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, Ext) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load queries: %w", err)
	}
	sort.Strings(files)
	lib := &Library{byName: map[string]*Query{}}
	var errs []error
	for _, p := range files {
		name := p
		if prefix != "" {
			name = filepath.Join(prefix, filepath.FromSlash(p))
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			errs = append(errs, fmt.Errorf("load query %s: %w", name, err))
			continue
		}
		q, perrs := parse(name, string(b))
		if len(perrs) > 0 {
			errs = append(errs, perrs...)
			continue
		}
		if prev, dup := lib.byName[q.Name]; dup {
			errs = append(errs, errorf(name, 1, "query name %q already used by %s", q.Name, prev.File))
			continue
		}
		if base := strings.TrimSuffix(path.Base(p), Ext); base != q.Name {
			errs = append(errs, errorf(name, 1, "query %q is in file %s: name the file %s%s", q.Name, path.Base(p), q.Name, Ext))
			continue
		}
		lib.byName[q.Name] = q
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return lib, nil
}

// Get returns the query called name.
func (l *Library) Get(name string) (*Query, bool) {
	q, ok := l.byName[name]
	return q, ok
}

// Lookup is Get with an error that lists the known names.
func (l *Library) Lookup(name string) (*Query, error) {
	if q, ok := l.byName[name]; ok {
		return q, nil
	}
	return nil, fmt.Errorf("no query named %q (known: %s)", name, strings.Join(l.Names(), ", "))
}

// All returns the queries sorted by name.
func (l *Library) All() []*Query {
	out := make([]*Query, 0, len(l.byName))
	for _, name := range l.Names() {
		out = append(out, l.byName[name])
	}
	return out
}

// Names returns the query names, sorted.
func (l *Library) Names() []string {
	out := make([]string, 0, len(l.byName))
	for name := range l.byName {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// Len is the number of queries.
func (l *Library) Len() int { return len(l.byName) }

// Clash is a name defined both in a library and in the one laid over it.
type Clash struct {
	Name string
	// Replaced and By are the files of the hidden and the winning query.
	Replaced, By string
}

func (c Clash) String() string {
	return fmt.Sprintf("query %q in %s overrides %s", c.Name, c.By, c.Replaced)
}

// Overlay returns a library with l's queries and over's, where a query of
// over replaces l's query of the same name; each such replacement is
// reported as a Clash so that the caller can tell the user.
func (l *Library) Overlay(over *Library) (*Library, []Clash) {
	out := &Library{byName: make(map[string]*Query, len(l.byName)+len(over.byName))}
	for name, q := range l.byName {
		out.byName[name] = q
	}
	var clashes []Clash
	for _, name := range over.Names() {
		q := over.byName[name]
		if prev, ok := out.byName[name]; ok {
			clashes = append(clashes, Clash{Name: name, Replaced: prev.File, By: q.File})
		}
		out.byName[name] = q
	}
	return out, clashes
}
