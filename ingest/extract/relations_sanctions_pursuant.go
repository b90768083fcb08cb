package extract

import "regexp"

// A government's release of its sanctions names each target with the
// order it is designated under, and no agent: "VAHIDI is being designated
// pursuant to section 1(a)(ii) of E.O. 13949", "PORTEASE is being blocked
// pursuant to section 5(a)(vii) of E.O. 13846". The one who designates is
// the release's own government: the body the release already said
// sanctions ("The Department of State is designating ..."), or else the
// United States.

// reDesignatedPursuant follows the target: the passive verb, then the
// order or the ground it is designated under.
var reDesignatedPursuant = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `+)?(?:is|are|was|were|has` + sp + `+been|have` + sp + `+been)` + sp + `+(?:(?:being|also|today|concurrently|additionally)` + sp + `+)*(?:designated|blocked|sanctioned|identified` + sp + `+as` + sp + `+blocked` + sp + `+property)` + sp + `+(?:today` + sp + `+)?(?:pursuant` + sp + `+to|under` + sp + `+(?:section|E\.O\.|Executive` + sp + `+Order)|for` + sp + `+(?:having|being|providing|engaging|acting|operating|its|his|her|their|materially|knowingly)|as` + sp + `+(?:a|an)` + sp + `+(?:principal|senior|official|leader|agent|front))`)

// designatedPursuant records SANCTIONED for the targets of such sentences.
func (b *relBuilder) designatedPursuant(v *sentView) {
	if !v.has("pursuant", "under section", "under e.o.", "under executive", " for ", " as a") || !b.usGovText() {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" && a.typ != "Organization" || a.m.Demonym {
			continue
		}
		loc := reDesignatedPursuant.FindStringIndex(v.between(a.end, v.end))
		if loc == nil || b.irrealisClause(v, a.start, a.end+loc[1]) {
			continue
		}
		from := b.releaseSanctioner()
		if from == "" || from == a.id {
			continue
		}
		// The dates of such a sentence are of what the target did ("for,
		// on or after November 5, 2018, knowingly engaging"); the
		// designation is the release's own.
		undated := b.undated
		b.undated = true
		b.add("SANCTIONED", from, a.id, 0.75, nil, v, a.start, a.end+loc[1])
		b.undated = undated
	}
}

// releaseSanctioner is who sanctions in a government's release: the one
// department of it the document's sanctions so far came from, or else the
// United States, or else the one designating department it names; ""
// when none is known.
func (b *relBuilder) releaseSanctioner() string {
	from := ""
	for _, r := range b.rels {
		if r.Type != "SANCTIONED" {
			continue
		}
		// Only the government's own bodies: a release also tells of
		// others' designations ("designated by the UN Security Council").
		if e, ok := b.ents.Entities[r.From]; !ok || e.Type != "Organization" || !reDesignatingBody.MatchString(e.Name) {
			continue
		}
		if from != "" && from != r.From {
			from = ""
			break
		}
		from = r.From
	}
	if from != "" {
		return from
	}
	if us := b.unitedStates(); us != "" {
		return us
	}
	// The release names no state: the one department that designates.
	for id, e := range b.ents.Entities {
		if e.Type == "Organization" && reDesignatingBody.MatchString(e.Name) {
			if from != "" {
				return ""
			}
			from = id
		}
	}
	return from
}

// reDesignatingBody names the bodies of the United States government that
// designate.
var reDesignatingBody = regexp.MustCompile(`(?i)^(?:United States |U\.S\. )?(?:Department of State|Department of the Treasury|Office of Foreign Assets Control)$`)
