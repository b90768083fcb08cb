package browser

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// Link says where Neo4j Browser is and which server it should connect to.
type Link struct {
	// Browser is the Browser's page, e.g. http://127.0.0.1:7474/browser/.
	Browser string
	// Bolt is the server to connect to, e.g. bolt://127.0.0.1:7687.
	Bolt string
	// Username pre-fills the login form; the password is never put in a
	// URL.
	Username string
	// Database is the database to use after connecting ("" for the
	// default).
	Database string
}

// DefaultBrowserURL guesses the Browser's address from the Bolt URI: the
// same host on Neo4j's default HTTP port.
func DefaultBrowserURL(bolt string) (string, error) {
	u, err := url.Parse(bolt)
	if err != nil || u.Hostname() == "" {
		return "", fmt.Errorf("browser url: cannot read a host from %q", bolt)
	}
	return "http://" + net.JoinHostPort(u.Hostname(), "7474") + "/browser/", nil
}

// URL returns a link that opens Neo4j Browser connected (once the user
// gives the password) to l.Bolt with statement in the editor, ready to run.
// An empty statement opens the Browser without one.
//
// Browser 5 reads the statement from `cmd=edit&arg=...` after decoding the
// whole URL once and turning '+' into spaces, then cuts arg at the first
// '&' or '#'. So the statement is query-escaped (spaces as '+', '+' as %2B)
// and must not contain '&' or '#' (Query.Inline writes them as \u escapes
// inside strings).
func (l Link) URL(statement string) (string, error) {
	base, err := url.Parse(l.Browser)
	if err != nil || base.Scheme == "" || base.Host == "" {
		return "", fmt.Errorf("browser url %q: want http://host:port/browser/", l.Browser)
	}
	if i := strings.IndexAny(statement, "&#"); i >= 0 {
		return "", fmt.Errorf("browser url: the statement contains %q, which Neo4j Browser cannot take from a URL", statement[i:i+1])
	}
	bolt, err := url.Parse(l.Bolt)
	if err != nil || bolt.Host == "" {
		return "", fmt.Errorf("browser url: bolt uri %q: want bolt://host:port", l.Bolt)
	}
	bolt.User = nil
	if l.Username != "" {
		bolt.User = url.User(l.Username)
	}
	parts := []string{"connectURL=" + url.QueryEscape(bolt.String())}
	if l.Database != "" {
		parts = append(parts, "db="+url.QueryEscape(l.Database))
	}
	if statement != "" {
		parts = append(parts, "cmd=edit", "arg="+url.QueryEscape(statement))
	}
	base.RawQuery = strings.Join(parts, "&")
	base.Fragment = ""
	return base.String(), nil
}

// StatementFromURL reads the statement back out of a link the way Browser
// 5.24 does (see URL), for tests and for checking links by hand.
func StatementFromURL(link string) (string, error) {
	decoded, err := url.PathUnescape(strings.ReplaceAll(link, "+", " "))
	if err != nil {
		return "", err
	}
	var args []string
	for _, sep := range []string{"?arg=", "&arg="} {
		rest := decoded
		for {
			i := strings.Index(rest, sep)
			if i < 0 {
				break
			}
			rest = rest[i+len(sep):]
			end := strings.IndexAny(rest, "&#")
			if end < 0 {
				end = len(rest)
			}
			if end > 0 {
				args = append(args, rest[:end])
			}
		}
	}
	return strings.Join(args, "\n"), nil
}
