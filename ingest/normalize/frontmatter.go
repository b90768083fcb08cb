package normalize

import "strings"

// frontMatter holds the YAML front matter fields the normalizer uses.
type frontMatter struct {
	title     string
	published string
	url       string
}

// splitFrontMatter removes a leading "---" YAML block and reads its
// top-level scalar fields. Only flat "key: value" lines are read, which is
// all article front matter uses, so no YAML library is needed.
func splitFrontMatter(body string) (frontMatter, string) {
	var fm frontMatter
	rest, ok := strings.CutPrefix(body, "---\n")
	if !ok {
		rest, ok = strings.CutPrefix(body, "---\r\n")
	}
	if !ok {
		return fm, body
	}
	end := -1
	offset := 0
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
	fields := map[string]string{}
	for _, line := range strings.Split(rest[:end], "\n") {
		if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		fields[strings.ToLower(strings.TrimSpace(key))] = unquoteYAML(strings.TrimSpace(value))
	}
	fm.title = fields["title"]
	for _, k := range []string{"published", "published_time", "date", "pubdate"} {
		if fields[k] != "" {
			fm.published = fields[k]
			break
		}
	}
	for _, k := range []string{"source_url", "url", "link", "canonical"} {
		if fields[k] != "" {
			fm.url = fields[k]
			break
		}
	}
	return fm, rest[offset:]
}

// unquoteYAML strips YAML scalar quotes: 'it”s' and "a \"b\"".
func unquoteYAML(v string) string {
	if len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'' {
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
	}
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		return strings.ReplaceAll(v[1:len(v)-1], `\"`, `"`)
	}
	return v
}
