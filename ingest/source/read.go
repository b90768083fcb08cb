package source

import (
	"context"
	"fmt"
	"iter"
	"os"
	"strings"
)

// Read turns arguments (file paths, directories, http(s) URLs) into a stream
// of items, in argument order and, inside a directory, in sorted path order.
// A document that cannot be read is yielded as an *ItemError and reading
// goes on; when ctx is done, Read yields ctx's error once and stops.
func Read(ctx context.Context, args []string, opts Options) iter.Seq2[Item, error] {
	opts.applyDefaults()
	r := &reader{ctx: ctx, opts: opts}
	return func(yield func(Item, error) bool) {
		for _, arg := range args {
			if err := ctx.Err(); err != nil {
				yield(Item{}, fmt.Errorf("read %s: %w", arg, err))
				return
			}
			if !r.readArg(arg, yield) {
				return
			}
		}
	}
}

// reader carries what every document read needs.
type reader struct {
	ctx  context.Context
	opts Options
}

// yieldFunc receives items or per-item errors; false stops reading.
type yieldFunc = func(Item, error) bool

// readArg reads one argument; it returns false when the consumer stopped.
func (r *reader) readArg(arg string, yield yieldFunc) bool {
	if isURL(arg) {
		return r.readURL(arg, yield)
	}
	info, err := os.Stat(arg)
	if err != nil {
		return yield(Item{}, itemError(arg, unwrapPathError(err)))
	}
	if info.IsDir() {
		return r.walkDir(arg, yield)
	}
	return r.readFile(arg, yield)
}

func isURL(arg string) bool {
	lower := strings.ToLower(arg)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// unwrapPathError drops the path from an *os.PathError, since the
// ItemError names the document already.
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
