package extract

import "regexp"

// Sanctions whose wording hides their target or author from the verb
// rules.
//
// A sanction's target is often described before it is named: "the United
// States is imposing sanctions on the manager of the Dubai branch of Iran's
// Bank Melli, Reza Mohammad Taeedi". The person after the description's
// comma is the one sanctioned, not the bank or the state the description
// names on the way.

var (
	// From the sanctioning verb to the comma before the person.
	reSanctionsOnDescribed = regexp.MustCompile(`^` + sp + `+(?:(?:is|are|has|have|was|were|also|today|now)` + sp + `+)*(?:imposing|imposed|imposes|impose)` + sp + `+(?:new` + sp + `+|further` + sp + `+)?sanctions` + sp + `+on` + sp + `+the` + sp + `+[a-z][^,;:]{2,100}?,` + sp + `+$`)
)

// sanctionsOnDescribed reads the wording above.
func (b *relBuilder) sanctionsOnDescribed(v *sentView) {
	if !v.has("sanctions on the") {
		return
	}
	for i, s := range v.args {
		if s.typ != "Country" && s.typ != "Organization" || s.m.Demonym {
			continue
		}
		for _, p := range v.args[i+1:] {
			if p.typ != "Person" {
				continue
			}
			if reSanctionsOnDescribed.MatchString(v.between(s.end, p.start)) && !b.irrealisClause(v, s.start, p.end) {
				b.add("SANCTIONED", s.id, p.id, 0.75, nil, v, s.start, p.end)
			}
			break
		}
	}
}

var (
	// Before the target of sanctions told in the passive.
	reSanctionsImposedOn = regexp.MustCompile(`(?i)\b(?:sanctions|an` + sp + `+embargo|an` + sp + `+arms` + sp + `+embargo)` + sp + `+(?:were|was|have` + sp + `+been|has` + sp + `+been|had` + sp + `+been)` + sp + `+(?:imposed|placed|slapped)` + sp + `+on` + sp + `+(?:the` + sp + `+)?$`)
	// Between the target and the one who imposed them.
	reImposedBy = regexp.MustCompile(`^(?:` + sp + `+(?:in|on)` + sp + `+[^,;]{1,30}?)?,?` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
)

// passiveSanctions: "Sanctions were imposed on Syria by the Arab League".
func (b *relBuilder) passiveSanctions(v *sentView) {
	if !v.has("imposed", "placed", "slapped") {
		return
	}
	for i, t := range v.args {
		if !reSanctionsImposedOn.MatchString(v.between(max(v.start, t.start-60), t.start)) || i+1 >= len(v.args) {
			continue
		}
		by := v.args[i+1]
		if (by.typ == "Country" || by.typ == "Organization") && !by.m.Demonym && reImposedBy.MatchString(v.between(t.end, by.start)) &&
			!b.irrealisClause(v, t.start, by.end) {
			b.add("SANCTIONED", by.id, t.id, 0.75, nil, v, t.start, by.end)
		}
	}
}

// reGovDesignatedAppos: an apposition that says a group is designated, in a
// text of the United States government, which designates: "Hayat Tahrir
// al-Sham (HTS), a designated terrorist organization".
var reGovDesignatedAppos = regexp.MustCompile(`^` + sp + `*(?:\([^()]{1,20}\)` + sp + `*)?,` + sp + `+(?:a|an)` + sp + `+(?:U\.S\.-` + sp + `*)?designated` + sp + `+(?:(?:foreign|specially|global)` + sp + `+)*(?:terrorist|terror)` + sp + `+(?:organi[sz]ation|group|entity)\b`)

// designatedAppositions reads the wording above.
func (b *relBuilder) designatedAppositions(v *sentView) {
	if !v.has("designated") || !b.usGovText() {
		return
	}
	us := b.unitedStates()
	if us == "" {
		return
	}
	for _, a := range v.args {
		if a.typ != "Organization" {
			continue
		}
		if loc := reGovDesignatedAppos.FindStringIndex(v.between(a.end, v.end)); loc != nil {
			b.add("SANCTIONED", us, a.id, 0.75, nil, v, a.start, a.end+loc[1])
		}
	}
}
