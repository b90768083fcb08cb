package extract

import (
	"regexp"
	"strings"
)

// A government's release of its sanctions opens with the state "holding X
// accountable": "The United States is holding Babak Zanjani and his
// sprawling network accountable for enabling the Iranian regime to evade
// sanctions". In such a release (one that names the executive order its
// designations are made under) that is the sanction; elsewhere "we will
// hold Iran accountable" is a promise, and gives nothing.

var (
	// Between the state and the first target.
	reHoldingAccountable = regexp.MustCompile(`^` + sp + `+(?:is|are)` + sp + `+(?:also` + sp + `+|now` + sp + `+|today` + sp + `+)?holding` + sp + `+$`)
	// After the targets, the word that makes it accountability.
	reAccountableAfter = regexp.MustCompile(`^[^.;:]{0,80}?\baccountable\b`)
)

// heldAccountable reads the wording above.
func (b *relBuilder) heldAccountable(v *sentView) {
	if !v.has("accountable") || !b.usGovText() || !b.designationRelease() {
		return
	}
	for i, s := range v.args {
		if s.typ != "Country" && s.typ != "Organization" || s.m.Demonym || i+1 >= len(v.args) {
			continue
		}
		first := v.args[i+1]
		if !reHoldingAccountable.MatchString(v.between(s.end, first.start)) {
			continue
		}
		targets := possessedAll(v, objectsAfter(v, first.start))
		if len(targets) == 0 {
			continue
		}
		last := targets[len(targets)-1]
		if !reAccountableAfter.MatchString(v.between(last.end, v.end)) {
			continue
		}
		for _, t := range targets {
			b.add("SANCTIONED", s.id, t.id, 0.7, nil, v, s.start, t.end)
		}
	}
}

// designationRelease reports a document that names the executive order
// its designations are made under.
func (b *relBuilder) designationRelease() bool {
	t := b.doc.Text
	return strings.Contains(t, "Executive Order") || strings.Contains(t, "E.O. ")
}
