package source

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// client returns the HTTP client for fetches: the caller's, or one with the
// configured timeout and redirect cap.
func (r *reader) client() *http.Client {
	if r.opts.Client != nil {
		return r.opts.Client
	}
	max := r.opts.MaxRedirects
	return &http.Client{
		Timeout: r.opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > max {
				return fmt.Errorf("more than %d redirects", max)
			}
			return nil
		},
	}
}

// readURL fetches one http(s) URL. The response's content type decides how
// the body is read; feeds are also recognised by sniffing.
func (r *reader) readURL(url string, yield yieldFunc) bool {
	body, final, ctype, err := r.fetch(url)
	if err != nil {
		return yield(Item{}, itemError(url, err))
	}
	f := contentTypeFormat(ctype)
	if f != formatFeed && f != formatJSON && f != formatJSONLines && looksLikeFeed(body) {
		f = formatFeed
	}
	if f == formatSniff || f == formatText {
		if s := sniff(body); s != formatText {
			f = s
		}
	}
	return r.readBody(url, final, f, body, yield)
}

// fetch GETs a URL within the size cap and returns the body, the final URL
// after redirects and the media type.
func (r *reader) fetch(url string) ([]byte, string, string, error) {
	req, err := http.NewRequestWithContext(r.ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, "", "", fmt.Errorf("bad URL: %w", err)
	}
	req.Header.Set("User-Agent", r.opts.userAgent())
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5")
	resp, err := r.client().Do(req)
	if err != nil {
		var uerr interface{ Unwrap() error }
		if errors.As(err, &uerr) && uerr.Unwrap() != nil {
			err = uerr.Unwrap() // the *url.Error repeats the URL
		}
		return nil, "", "", fmt.Errorf("fetch: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", "", fmt.Errorf("fetch: HTTP %s", resp.Status)
	}
	if resp.ContentLength > r.opts.MaxBytes {
		return nil, "", "", tooLarge(resp.ContentLength, r.opts.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, r.opts.MaxBytes+1))
	if err != nil {
		return nil, "", "", fmt.Errorf("fetch: read body: %w", err)
	}
	if int64(len(body)) > r.opts.MaxBytes {
		return nil, "", "", tooLarge(-1, r.opts.MaxBytes)
	}
	mediaType, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	return body, resp.Request.URL.String(), strings.ToLower(mediaType), nil
}

// contentTypeFormat maps a media type to a format; XML types are feeds only
// if sniffing confirms it, which readBody does.
func contentTypeFormat(mediaType string) format {
	switch mediaType {
	case "text/html", "application/xhtml+xml":
		return formatHTML
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml",
		"application/feed+xml", "application/xml", "text/xml":
		return formatFeed
	case "text/markdown", "text/x-markdown":
		return formatMarkdown
	case "text/plain":
		return formatText
	case "application/json":
		return formatJSON
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-seq":
		return formatJSONLines
	}
	return formatSniff
}
