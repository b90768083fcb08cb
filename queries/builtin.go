package queries

import (
	"embed"
	"io/fs"
)

//go:embed cypher/*.cypher
var embedded embed.FS

// FS holds the built-in query files, at its root.
var FS fs.FS = mustSub(embedded, "cypher")

func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err) // a constant path inside an embedded FS
	}
	return sub
}

// Builtin loads the built-in library. Its files are checked by the
// package's tests, so an error here means a broken build.
func Builtin() (*Library, error) {
	return Load(FS)
}
