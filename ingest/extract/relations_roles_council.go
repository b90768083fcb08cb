package extract

import "regexp"

// The Security Council's presidency passes from member to member month by
// month, and the United Nations' coverage names the president of the day
// by that office alone: "The President of the Council, Dina Kawar of
// Jordan, said", "Council President Jan Grauls of Belgium said", "Lana
// Nusseibeh of the United Arab Emirates, Council President for June,
// urged". The person holds the presidency of the Council the text names.

var (
	// Before the name: "The President of the Council for September, ",
	// "Council President ".
	reCouncilPresidentBefore = regexp.MustCompile(`(?:\b[Pp]resident` + sp + `+of` + sp + `+the` + sp + `+(?:Security` + sp + `+)?Council(?:` + sp + `+for` + sp + `+\p{Lu}\p{Ll}+)?` + sp + `*,` + sp + `*|\bCouncil` + sp + `+President(?:` + sp + `+for` + sp + `+\p{Lu}\p{Ll}+)?` + sp + `+)$`)
	// After the name and its state: ", Council President for June",
	// " presided over the meeting as Council President".
	reCouncilPresidentAfter = regexp.MustCompile(`^(?:` + sp + `+of` + sp + `+(?:the` + sp + `+)?\p{Lu}[\p{L} ]{1,40}?)?(?:` + sp + `*,` + sp + `+(?:the` + sp + `+)?|` + sp + `+presided` + sp + `+over` + sp + `+(?:the` + sp + `+)?meeting` + sp + `+as` + sp + `+)(?:Security` + sp + `+)?Council` + sp + `+President\b`)
)

// councilPresidents gives the presidents of the Security Council their
// office.
func (b *relBuilder) councilPresidents(v *sentView) {
	if !v.has("council") {
		return
	}
	council := ""
	for _, a := range v.args {
		if a.typ != "Person" {
			continue
		}
		before := reCouncilPresidentBefore.MatchString(v.between(max(v.start, a.m.Start-60), a.m.Start))
		after := reCouncilPresidentAfter.MatchString(v.between(a.m.End, v.end))
		if !before && !after {
			continue
		}
		if council == "" {
			if council = b.coverageBody("Security Council"); council == "" {
				return
			}
		}
		b.addRole(a.id, council, "President", 0.8, v, a.start, a.m.End)
	}
}
