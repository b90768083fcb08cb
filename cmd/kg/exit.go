package main

import (
	"context"
	"errors"
	"fmt"
)

// Exit codes, documented in the README, for schedulers to act on.
const (
	exitOK          = 0
	exitFailure     = 1   // the command failed
	exitUsage       = 2   // bad flags, arguments or configuration
	exitPartial     = 3   // the run finished but some documents failed
	exitInterrupted = 130 // stopped by SIGINT/SIGTERM
)

// usageError marks errors caused by how kg was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// partialError marks a run that completed with some documents failed.
type partialError struct{ failed int }

func (e partialError) Error() string {
	if e.failed == 1 {
		return "1 document failed"
	}
	return fmt.Sprintf("%d documents failed", e.failed)
}

// exitCode maps an error returned by a command to the process exit code.
func exitCode(err error) int {
	var ue usageError
	var pe partialError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, context.Canceled):
		return exitInterrupted
	case errors.As(err, &pe):
		return exitPartial
	case errors.As(err, &ue):
		return exitUsage
	default:
		return exitFailure
	}
}
