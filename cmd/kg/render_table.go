package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/graph"
)

// renderTable writes an aligned text table with a header, a rule and a row
// count. Cells are one line (line breaks shown as ⏎) and cut to
// opts.MaxWidth characters with an ellipsis.
func renderTable(w io.Writer, res *graph.Result, opts renderOptions) error {
	cells := make([][]string, 0, len(res.Records)+1)
	cells = append(cells, res.Keys)
	for _, row := range res.Records {
		line := make([]string, len(res.Keys))
		for i := range line {
			if i < len(row) {
				line[i] = fitCell(cellText(row[i]), opts.MaxWidth)
			}
		}
		cells = append(cells, line)
	}
	widths := make([]int, len(res.Keys))
	for _, line := range cells {
		for i, c := range line {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	writeLine := func(line []string) {
		var l strings.Builder
		for i, c := range line {
			if i > 0 {
				l.WriteString(" | ")
			}
			l.WriteString(c)
			l.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)))
		}
		b.WriteString(strings.TrimRight(l.String(), " "))
		b.WriteString("\n")
	}
	writeLine(cells[0])
	rule := make([]string, len(widths))
	for i, wd := range widths {
		rule[i] = strings.Repeat("-", wd)
	}
	b.WriteString(strings.Join(rule, "-+-") + "\n")
	for _, line := range cells[1:] {
		writeLine(line)
	}
	n := len(res.Records)
	if n == 1 {
		b.WriteString("(1 row)\n")
	} else {
		fmt.Fprintf(&b, "(%d rows)\n", n)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// fitCell puts a cell on one line and cuts it to max characters.
func fitCell(s string, max int) string {
	s = strings.NewReplacer("\r\n", "⏎", "\n", "⏎", "\r", "⏎", "\t", " ").Replace(s)
	if max > 0 && utf8.RuneCountInString(s) > max {
		r := []rune(s)
		return string(r[:max-1]) + "…"
	}
	return s
}
