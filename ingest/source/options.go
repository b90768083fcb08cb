package source

import (
	"net/http"
	"time"
)

// Options configures Read. The zero value is usable: applyDefaults fills in
// every unset field.
type Options struct {
	// MaxBytes caps the size of one document (file or HTTP body). Larger
	// documents are rejected without being read.
	MaxBytes int64
	// Timeout bounds one HTTP request, from dialling to the end of the body.
	Timeout time.Duration
	// MaxRedirects is how many redirects an HTTP fetch follows.
	MaxRedirects int
	// Version goes into the User-Agent header, "kg/<Version>".
	Version string
	// Include and Exclude are glob patterns (path.Match syntax) tested
	// against a file's slash-separated path relative to the directory
	// argument and against its base name. With Include set, a file must match
	// one of them; a file or directory matching an Exclude pattern is
	// skipped. Patterns do not apply to files named directly as arguments.
	Include []string
	Exclude []string
	// Client, when set, is used for HTTP fetches instead of one built from
	// Timeout and MaxRedirects (tests and proxies).
	Client *http.Client
}

// Defaults for Options.
const (
	// DefaultMaxBytes is 20 MiB: the largest development text is 250 KB and
	// a full news page with inline assets stays under a few MB, so anything
	// bigger is a dump or a mistake, not an article.
	DefaultMaxBytes = 20 << 20
	// DefaultTimeout is long enough for a slow government site, short
	// enough that an unreachable host does not stall a run.
	DefaultTimeout = 30 * time.Second
	// DefaultMaxRedirects matches what browsers tolerate for an article
	// (http→https→canonical→consent) while stopping loops early.
	DefaultMaxRedirects = 5
	// DefaultVersion is used when the caller does not say which kg it is.
	DefaultVersion = "dev"
)

// applyDefaults fills unset fields with the package defaults.
func (o *Options) applyDefaults() {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.Version == "" {
		o.Version = DefaultVersion
	}
}

// userAgent is the User-Agent header sent with every fetch.
func (o *Options) userAgent() string {
	return "kg/" + o.Version
}
