package source

import (
	"errors"
	"strings"
)

// ItemError reports a document that could not be read. Its message is one
// line: "<locator>: <reason>".
type ItemError struct {
	Locator string
	Reason  string
	Err     error // the underlying error, when there is one
}

func (e *ItemError) Error() string {
	return e.Locator + ": " + e.Reason
}

func (e *ItemError) Unwrap() error { return e.Err }

// Reasons that callers may test for with errors.Is.
var (
	ErrEmpty       = errors.New("empty document")
	ErrBinary      = errors.New("binary content")
	ErrTooLarge    = errors.New("document too large")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
)

// itemError builds an ItemError whose reason is err's message on one line.
func itemError(locator string, err error) *ItemError {
	reason := strings.Join(strings.Fields(err.Error()), " ")
	return &ItemError{Locator: locator, Reason: reason, Err: err}
}
