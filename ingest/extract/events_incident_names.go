package extract

import (
	"regexp"
	"strings"
)

// Attacks and hijackings are often named like places, by what was hit:
// "the Rome and Vienna Airport Attacks", "the Munich Olympics Massacre",
// "the Pan Am Flight 73 hijacking", "the TWA Flight 847 hijacking". Two
// forms are names:
//
//   - capitalised words ending in a capitalised deed ("Attacks",
//     "Bombing", "Massacre", "Hijacking", "Raid"), after "the";
//   - an airline's flight and its number, then the deed in lower case.
//
// Each is an event of its own, dated like other named events.

var (
	reTitledIncident = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:(?:\p{Lu}[\w\x{00C0}-\x{024F}'’.–-]*|\d{1,4}|and|of|de)` + sp + `+){1,6}?(?:Attacks?|Bombings?|Massacre|Hijacking|Raid|Shootdown|Siege|Kidnapping))\b`)
	reFlightIncident = regexp.MustCompile(`\b((?:\p{Lu}[\w\x{00C0}-\x{024F}'’.-]*` + sp + `+){1,3}Flight` + sp + `+\d{1,4}` + sp + `+(hijacking|bombing|bombings|crash|shootdown|downing|attack))\b`)
)

// titledIncidentHeads are the capitalised deeds, for a quick test before
// the pattern runs.
var titledIncidentHeads = []string{"Attack", "Bombing", "Massacre", "Hijacking", "Raid", "Shootdown", "Siege", "Kidnapping"}

// containsAny reports whether s contains any of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// incidentKinds maps a deed to the kind of event it names.
var incidentKinds = map[string]string{
	"attack": "attack", "attacks": "attack", "bombing": "attack", "bombings": "attack", "massacre": "attack",
	"raid": "attack", "siege": "attack", "hijacking": "incident", "shootdown": "incident", "downing": "incident",
	"crash": "incident", "kidnapping": "incident",
}

// namedIncidents builds the events named in one of the two forms above.
func (b *relBuilder) namedIncidents(v *sentView, text string) {
	if !strings.Contains(text, "Flight") && !containsAny(text, titledIncidentHeads) {
		return
	}
	for _, re := range []*regexp.Regexp{reTitledIncident, reFlightIncident} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			s, e := v.start+m[2], v.start+m[3]
			words := strings.Fields(text[m[2]:m[3]])
			head := strings.ToLower(words[len(words)-1])
			if !startsUpper(words[0]) || b.blockedName(v, s, e, e-1) || modifiedHead(v.between(e, v.end)) {
				continue
			}
			b.nameEvent(v, incidentKinds[head], s, e)
		}
	}
}
