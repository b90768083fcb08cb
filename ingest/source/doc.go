// Package source reads documents (files, directories, http(s) URLs, RSS and
// Atom feeds, JSON and JSON Lines records) and hands each one over as an Item.
//
// Read is synchronous: it yields items one by one through an iterator and
// starts no goroutines, so the pipeline decides about concurrency. A bad
// document never stops a run: it is yielded as an *ItemError that names the
// document and the reason in one line, and reading goes on with the next.
//
// Encoding policy: bodies must be UTF-8. A body with a few invalid bytes (at
// most 1% of it) is repaired by replacing them with U+FFFD, since one stray
// byte should not cost a whole article; a body with more is rejected as
// "invalid UTF-8", since guessing its encoding would feed garbled names to
// extraction. A body with NUL bytes or mostly control bytes is "binary
// content".
package source
