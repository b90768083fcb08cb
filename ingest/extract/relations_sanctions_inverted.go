package extract

import "regexp"

// A designation told with its targets after the verb "to be": "Among the
// 39 individuals and entities designated by the Department of State are
// Bashar al-Assad and, for the first time, his wife, Asma al-Assad",
// "Also sanctioned by the Treasury were X and its owner, Y".

var (
	// reDesignatedByBefore ends right before the designating body.
	reDesignatedByBefore = regexp.MustCompile(`(?i)\b(?:designated|sanctioned|blacklisted|listed)` + sp + `+(?:today` + sp + `+)?by` + sp + `+(?:the` + sp + `+)?$`)
	// reInvertedBe follows the body, right before the first target.
	reInvertedBe = regexp.MustCompile(`^` + sp + `+(?:(?:today|also)` + sp + `+)?(?:are|were|is|was|include|included|includes)` + sp + `*:?` + sp + `+(?:the` + sp + `+)?$`)
	// reTargetsGoOn joins the next target: ", ", " and ", "and, for the
	// first time, his wife, ", " and its owner, ".
	reTargetsGoOn = regexp.MustCompile(`^` + sp + `*,?` + sp + `*(?:and|as` + sp + `+well` + sp + `+as)?` + sp + `*(?:,[^,;:()]{1,40},)?` + sp + `*(?:(?:its|his|her|their)` + sp + `+(?:[a-z-]+` + sp + `+){0,2}[a-z-]+,?` + sp + `*)?(?:the` + sp + `+)?$`)
)

// invertedDesignations finds SANCTIONED for the wording above.
func (b *relBuilder) invertedDesignations(v *sentView) {
	if !v.has(" by ") {
		return
	}
	for i, by := range v.args {
		if by.typ != "Country" && by.typ != "Organization" || by.m.Demonym || i+1 >= len(v.args) ||
			!reDesignatedByBefore.MatchString(v.between(max(v.start, by.start-40), by.start)) ||
			!reInvertedBe.MatchString(v.between(by.end, v.args[i+1].start)) {
			continue
		}
		prev := by
		for _, t := range v.args[i+1:] {
			if prev.id != by.id && !reTargetsGoOn.MatchString(v.between(prev.end, t.start)) {
				break
			}
			if t.typ == "Person" || t.typ == "Organization" {
				if b.irrealisClause(v, by.start, t.end) {
					return
				}
				b.add("SANCTIONED", by.id, t.id, 0.8, nil, v, by.start, t.end)
			}
			prev = t
		}
		return
	}
}
