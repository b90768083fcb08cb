package queries

import (
	"errors"
	"fmt"
)

// ErrInvalid marks a query file that breaks the library's rules; every
// *Error wraps it.
var ErrInvalid = errors.New("invalid query file")

// Error is a problem at a line of a query file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Unwrap makes every Error match ErrInvalid.
func (e *Error) Unwrap() error { return ErrInvalid }

func errorf(file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}
