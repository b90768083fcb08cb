package queries

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestBuiltinLibrary holds the built-in library to the rules: every file
// parses, names are unique and match their file, every $param is declared
// and every declared parameter is used (Load checks all of that, so a
// clean load is the proof), and the library is big enough for analysts.
func TestBuiltinLibrary(t *testing.T) {
	lib, err := Builtin()
	if err != nil {
		t.Fatalf("built-in library:\n%v", err)
	}
	if lib.Len() < 25 {
		t.Errorf("got %d built-in queries, want at least 25", lib.Len())
	}
	for _, q := range lib.All() {
		t.Run(q.Name, func(t *testing.T) {
			if q.Mode != ModeRead {
				t.Errorf("mode %s: the built-in library only reads", q.Mode)
			}
			if !strings.HasSuffix(q.Description, ".") || len(q.Description) < 20 {
				t.Errorf("description %q: want a sentence", q.Description)
			}
			if !strings.HasPrefix(q.Text, "// name: "+q.Name+" ") {
				t.Errorf("text does not start with its header: %.40q", q.Text)
			}
			for _, p := range q.Params {
				if p.Doc == "" {
					t.Errorf("parameter %s has no description", p.Name)
				}
			}
		})
	}
}

// TestBadFiles runs the checker on broken query files: each file in
// testdata/bad must fail with exactly the file:line errors of its golden
// .err file.
func TestBadFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "bad", "*.cypher"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in testdata/bad: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".cypher")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Load(fstest.MapFS{name + ".cypher": {Data: b}})
			if err == nil {
				t.Fatal("got no error, want one")
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("error %v does not match ErrInvalid", err)
			}
			got := err.Error() + "\n"
			golden := strings.TrimSuffix(file, ".cypher") + ".err"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update): %v", err)
			}
			if got != string(want) {
				t.Errorf("got errors\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// TestDuplicateNames checks that two files declaring one name are both
// reported, with the file of the first.
func TestDuplicateNames(t *testing.T) {
	q := "// name: same :read\n// Says the same thing twice.\nRETURN 1 AS one\n"
	_, err := Load(fstest.MapFS{
		"same.cypher":     {Data: []byte(q)},
		"sub/same.cypher": {Data: []byte(q)},
	})
	want := `sub/same.cypher:1: query name "same" already used by same.cypher`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

func TestOverlay(t *testing.T) {
	base := mustLoad(t, fstest.MapFS{
		"a.cypher": {Data: []byte("// name: a :read\n// Built-in a.\nRETURN 1 AS a\n")},
		"b.cypher": {Data: []byte("// name: b :read\n// Built-in b.\nRETURN 2 AS b\n")},
	})
	user := mustLoad(t, fstest.MapFS{
		"b.cypher": {Data: []byte("// name: b :read\n// The user's b.\nRETURN 3 AS b\n")},
		"c.cypher": {Data: []byte("// name: c :write\n// The user's c.\nCREATE (:X)\n")},
	})
	lib, clashes := base.Overlay(user)
	if got, want := lib.Names(), []string{"a", "b", "c"}; !slices.Equal(got, want) {
		t.Errorf("got names %v, want %v", got, want)
	}
	if q, _ := lib.Get("b"); q.Description != "The user's b." {
		t.Errorf("got b = %q, want the user's", q.Description)
	}
	if len(clashes) != 1 || clashes[0].Name != "b" {
		t.Errorf("got clashes %v, want one for b", clashes)
	}
	if base.Len() != 2 {
		t.Errorf("overlay changed the base library: %d queries", base.Len())
	}
}

func mustLoad(t *testing.T, fsys fstest.MapFS) *Library {
	t.Helper()
	lib, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// TestDocsListEveryQuery keeps docs/queries.md's table in step with the
// library.
func TestDocsListEveryQuery(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "queries.md"))
	if err != nil {
		t.Fatal(err)
	}
	lib, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range lib.Names() {
		if !strings.Contains(string(doc), "| `"+name+"` |") {
			t.Errorf("docs/queries.md does not list %s", name)
		}
	}
}
