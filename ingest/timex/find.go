package timex

import (
	"sort"
	"time"
)

// candidate is an expression a pattern proposed, before overlaps are settled.
type candidate struct {
	Expr
	// rank breaks ties between overlapping candidates of equal length: the
	// lower rank (the more specific pattern) wins.
	rank int
}

// Find returns every date expression in text, sorted by Start, with byte
// offsets into text. anchor is the publication date relative expressions are
// resolved against; the zero time means there is none.
func Find(text string, anchor time.Time) []Expr {
	r := resolver{text: text, anchor: anchor, hasAnchor: !anchor.IsZero(), wins: windows(text), runs: digitRuns(text)}
	if r.hasAnchor {
		y, m, d := anchor.Date()
		r.anchor = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	var cands []candidate
	cands = append(cands, r.absolute()...)
	cands = append(cands, r.slashDates()...)
	cands = append(cands, r.relative()...)
	return settle(cands)
}

// settle keeps the longest of overlapping candidates (the most specific on a
// tie, then the earliest), so "April 12, 2025" wins over "April 12" and "2025".
func settle(cands []candidate) []Expr {
	sort.SliceStable(cands, func(i, j int) bool {
		li, lj := cands[i].End-cands[i].Start, cands[j].End-cands[j].Start
		if li != lj {
			return li > lj
		}
		if cands[i].rank != cands[j].rank {
			return cands[i].rank < cands[j].rank
		}
		return cands[i].Start < cands[j].Start
	})
	var kept []Expr
	for _, c := range cands {
		overlaps := false
		for _, k := range kept {
			if c.Start < k.End && k.Start < c.End {
				overlaps = true
				break
			}
		}
		if !overlaps {
			kept = append(kept, c.Expr)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	return kept
}

// resolver holds the text and anchor one Find call works on.
type resolver struct {
	text      string
	anchor    time.Time // midnight UTC of the anchor's calendar day
	hasAnchor bool
	wins      [trigClasses][]window // where expressions can be (see window.go)
	runs      [][2]int              // the numbers of the text (see digits.go)
}

// raw is a candidate that keeps only the text.
func (r resolver) raw(start, end, rank int) candidate {
	return candidate{Expr: Expr{Start: start, End: end, Text: r.text[start:end], Precision: Unknown, Relative: true}, rank: rank}
}

func (r resolver) resolved(start, end, rank int, value string, p Precision, relative bool) candidate {
	return candidate{Expr: Expr{Start: start, End: end, Text: r.text[start:end], Value: value, Precision: p, Relative: relative}, rank: rank}
}
