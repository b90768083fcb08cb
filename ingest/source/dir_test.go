package source

import (
	"path/filepath"
	"reflect"
	"testing"
)

func TestWalkDir(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"b.txt", "a.md", "sub/c.html", "sub/deep/d.txt", ".hidden.txt",
		".git/config.txt", "sub/.cache/e.txt", "skip/f.txt",
	} {
		writeFile(t, dir, name, []byte("Some text."))
	}
	rel := func(items []Item) []string {
		var out []string
		for _, it := range items {
			r, _ := filepath.Rel(dir, it.Locator)
			out = append(out, filepath.ToSlash(r))
		}
		return out
	}
	tests := []struct {
		name string
		opts Options
		want []string
	}{
		{"sorted and hidden skipped", Options{}, []string{"a.md", "b.txt", "skip/f.txt", "sub/c.html", "sub/deep/d.txt"}},
		{"include by base name", Options{Include: []string{"*.txt"}}, []string{"b.txt", "skip/f.txt", "sub/deep/d.txt"}},
		{"include by relative path", Options{Include: []string{"sub/*"}}, []string{"sub/c.html"}},
		{"exclude directory", Options{Exclude: []string{"skip", "deep"}}, []string{"a.md", "b.txt", "sub/c.html"}},
		{"exclude file", Options{Exclude: []string{"*.md"}}, []string{"b.txt", "skip/f.txt", "sub/c.html", "sub/deep/d.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, errs := collect(t, []string{dir}, tt.opts)
			if len(errs) != 0 {
				t.Fatalf("got errors %v", errs)
			}
			if got := rel(items); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
