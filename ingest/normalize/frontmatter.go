package normalize

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// splitFrontMatter removes a leading "---" YAML block and reads its
// top-level scalar fields. Front matter that is not valid YAML is still
// removed: it is metadata, never article text.
func splitFrontMatter(body string) (metadata, string) {
	var fm metadata
	rest, ok := strings.CutPrefix(body, "---\n")
	if !ok {
		rest, ok = strings.CutPrefix(body, "---\r\n")
	}
	if !ok {
		return fm, body
	}
	end, offset := -1, 0
	for _, line := range strings.SplitAfter(rest, "\n") {
		if t := strings.TrimSpace(line); t == "---" || t == "..." {
			end = offset
			offset += len(line)
			break
		}
		offset += len(line)
	}
	if end < 0 {
		return fm, body
	}
	// Decoding into nodes keeps each scalar's text as written: a date
	// stays "2025-06-17 08:19:09-04:00" instead of becoming a time value.
	var fields map[string]yaml.Node
	if err := yaml.Unmarshal([]byte(rest[:end]), &fields); err != nil {
		return fm, rest[offset:]
	}
	get := func(keys ...string) string {
		for _, k := range keys {
			if n, ok := fields[k]; ok && n.Kind == yaml.ScalarNode && strings.TrimSpace(n.Value) != "" {
				return collapseSpace(n.Value)
			}
		}
		return ""
	}
	fm.title = get("title")
	fm.published = get("published", "published_time", "date", "pubdate")
	fm.url = get("source_url", "url", "link", "canonical")
	return fm, rest[offset:]
}
