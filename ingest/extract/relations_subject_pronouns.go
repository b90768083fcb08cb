package extract

import (
	"regexp"
	"strings"
)

// A state or group telling what it did: "Israel's military said it struck
// Hezbollah targets", "the Houthis said they targeted a ship". The
// pronoun after "said" is the one that said it; the sentence views get a
// mention of it there, as for a subject's second deed (relations_elided.go),
// so the rules read "it struck Hezbollah targets" as Israel's deed.

// reSaidIt: the verb of saying right after the name (or its forces or
// government), then "it" or "they".
var reSaidIt = regexp.MustCompile(`^(?:['’]s` + sp + `+(?:military|army|armed` + sp + `+forces|forces|government|navy|air` + sp + `+force|defen[cs]e` + sp + `+ministry|foreign` + sp + `+ministry))?` + sp + `+(?:(?:also|later|earlier)` + sp + `+)?(?:said|says|announced|announces|claimed|claims|confirmed|confirms|reported|stated)` + sp + `+(?:on` + sp + `+\w+` + sp + `+)?(?:that` + sp + `+)?(it|they)\b`)

// saidItSubjects returns a mention of the state or group before "said
// it" on the pronoun, for each such pronoun of v.
func saidItSubjects(v *sentView) []mention {
	var out []mention
	for _, a := range v.args {
		if a.typ != "Country" && a.typ != "Organization" || a.m.Demonym && a.end == a.m.End {
			continue
		}
		loc := reSaidIt.FindStringSubmatchIndex(v.between(a.end, v.end))
		if loc == nil {
			continue
		}
		m := standIn(v, a.m, a.end+loc[2], a.end+loc[3])
		m.Demonym = false // "the Israeli military said it": the state acts
		out = append(out, m)
	}
	return out
}

// "Witkoff traveled to Doha, where he met with Qatar's prime minister":
// the "he" of a clause opened by "where" after a sentence's subject is
// that subject, when no other person stands between.
var reWhereHe = regexp.MustCompile(`,` + sp + `+where` + sp + `+(he|she)\b`)

// whereHeSubjects returns a mention of the sentence's subject on such a
// pronoun.
func whereHeSubjects(v *sentView) []mention {
	if len(v.args) == 0 || v.args[0].typ != "Person" || !strings.Contains(v.between(v.start, v.end), " where ") {
		return nil
	}
	// A dated journey is a visit, with the one met in it
	// (events_visits.go); an undated one gives the meeting alone.
	for _, d := range v.dates {
		if d.Resolved() {
			return nil
		}
	}
	s := v.args[0]
	loc := reWhereHe.FindStringSubmatchIndex(v.between(s.end, v.end))
	if loc == nil {
		return nil
	}
	for _, a := range v.args[1:] {
		if a.typ == "Person" && a.start < s.end+loc[2] {
			return nil // "X met Y in Doha, where he ...": whose is not said
		}
	}
	return []mention{standIn(v, s.m, s.end+loc[2], s.end+loc[3])}
}
