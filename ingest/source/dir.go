package source

import (
	"io/fs"
	"path"
	"path/filepath"
	"strings"
)

// walkDir reads every file under root in sorted order (fs.WalkDir sorts
// each directory's entries), skipping hidden files and directories and
// applying the Include and Exclude patterns.
func (r *reader) walkDir(root string, yield yieldFunc) bool {
	stopped := false
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if !yield(Item{}, itemError(p, unwrapPathError(err))) {
				stopped = true
				return filepath.SkipAll
			}
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if r.ctx.Err() != nil {
			return r.ctx.Err()
		}
		if p == root {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if strings.HasPrefix(d.Name(), ".") || matchAny(r.opts.Exclude, rel) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		if len(r.opts.Include) > 0 && !matchAny(r.opts.Include, rel) {
			return nil
		}
		if !r.readFile(p, yield) {
			stopped = true
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil && !stopped {
		return yield(Item{}, itemError(root, err))
	}
	return !stopped
}

// matchAny reports whether a relative path or its base name matches one of
// the patterns, so "*.md" selects Markdown files at any depth while
// "2025/*.md" selects by folder.
func matchAny(patterns []string, rel string) bool {
	base := path.Base(rel)
	for _, pat := range patterns {
		if ok, _ := path.Match(pat, rel); ok {
			return true
		}
		if ok, _ := path.Match(pat, base); ok {
			return true
		}
	}
	return false
}
