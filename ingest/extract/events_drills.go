package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// Military exercises and weapons tests are events told as a deed of the
// states or forces that held them: "Iran held joint naval exercises with
// Russia and China in the Gulf of Oman last week", "North Korea conducted
// its sixth nuclear test in September 2017", "Iran test-fired a ballistic
// missile on Tuesday". Like the other deeds, one is built only with a
// resolved date (a present-tense report is dated by its publication day);
// everyone who held it takes part in it, and an exercise is held where the
// sentence says.

// drillModifier is a word that may stand before an exercise's noun.
const drillModifier = `(?:joint|combined|annual|large-scale|major|massive|new|first|regular|routine|multinational|bilateral|trilateral|naval|navy|military|army|air|aerial|defen[cs]e|ground|land|maritime|missile|drone|tactical|amphibious|live-fire|nuclear|strategic|war|counter-terrorism|anti-terrorism|special|forces|marine|sea|search-and-rescue)`

var (
	// The verb after the group that held it, up to the exercise's words.
	reDrillVerb = regexp.MustCompile(`^` + sp + `+(?:(?:have|has|had|also|then|jointly|recently)` + sp + `+)*(?:(?:are|is|were|was)` + sp + `+(?:holding|conducting|staging))?(?:held|holds?|conducted|conducts?|staged|stages?|launched|launch(?:es)?|began|begins?|started|starts?|kicked` + sp + `+off|carried` + sp + `+out|wrapped` + sp + `+up|concluded)?` + sp + `*(?:(?:a|an|the|its|their|two|three|four|five)` + sp + `+)?((?:` + drillModifier + sp + `+){0,4})(exercises?|drills?|war` + sp + `+games|maneuvers|manoeuvres)\b`)
	// The exercise's kind among its modifiers.
	reDrillKind = regexp.MustCompile(`\b(naval|military|air` + sp + `+defen[cs]e|air|aerial|ground|land|maritime|missile|joint|combined|live-fire|amphibious)\b`)
	// "with Russia and China": the other side of a joint exercise.
	reDrillWith = regexp.MustCompile(`^` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)

	// A weapons test: "conducted its sixth nuclear test", "test-fired a
	// ballistic missile", "tested a hypersonic missile".
	reWeaponsTest = regexp.MustCompile(`^` + sp + `+(?:(?:has|had|also|then|successfully|reportedly)` + sp + `+)*(?:(?:conducted|carried` + sp + `+out|conducts|carries` + sp + `+out)` + sp + `+(?:(?:a|an|its|the|two|three|five|six)` + sp + `+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|latest|new|underground|successful)` + sp + `+)*(nuclear|missile|ballistic` + sp + `+missile|rocket|satellite` + sp + `+launch|weapons?)` + sp + `+tests?|(?:test-fired|test-fires|tested|tests|launched|launches)` + sp + `+(?:a|an|two|three|several|its` + sp + `+(?:first|new))` + sp + `+(?:new` + sp + `+)?(?:(?:long-range|short-range|medium-range|intercontinental|hypersonic|ballistic|cruise|anti-ship)` + sp + `+)+(missiles?))\b`)
)

// drills builds the military exercises of v.
func (b *relBuilder) drills(v *sentView) {
	if !v.has("exercise", "drill", "war game", "maneuvers", "manoeuvres") {
		return
	}
	gs := groups(v)
	for gi, g := range gs {
		last := v.args[g[len(g)-1]]
		loc := reDrillVerb.FindStringSubmatchIndex(v.between(last.end, v.end))
		if loc == nil {
			continue
		}
		// Only states and forces hold exercises, and the verb must be
		// there unless the group owns the drill ("Iran's naval drills").
		parts := holders(argsOf(v, g))
		if len(parts) == 0 || loc[3] == loc[2] && !strings.HasPrefix(v.between(last.end, v.end), "'s") && strings.TrimSpace(v.between(last.end, last.end+loc[2])) == "" {
			continue
		}
		ts, te := last.end+loc[2], last.end+loc[5]
		if b.irrealisClause(v, v.args[g[0]].start, te) || reNotNews.MatchString(v.between(v.args[g[0]].start, ts)) {
			continue
		}
		end := te
		// "with Russia and China": the others holding it.
		if gi+1 < len(gs) {
			next := gs[gi+1]
			if reDrillWith.MatchString(v.between(te, v.args[next[0]].start)) {
				parts = append(parts, holders(argsOf(v, next))...)
				end = v.args[next[len(next)-1]].end
			}
		}
		kind := "military"
		if k := reDrillKind.FindAllString(v.between(last.end+loc[2], last.end+loc[3]), -1); len(k) > 0 {
			for _, w := range k {
				if w != "joint" && w != "combined" && w != "live-fire" {
					kind = strings.Join(strings.Fields(w), " ")
				}
			}
		}
		b.makeEvent(v, eventSpec{kind: "exercise", parts: parts, trigStart: ts, trigEnd: te, start: v.args[g[0]].start, end: end,
			needDate: true, fallbackDate: b.presentTenseDate(v, last.end), name: b.holdersName(parts) + " " + kind + " exercise"})
	}
}

// weaponsTests builds the weapons tests of v.
func (b *relBuilder) weaponsTests(v *sentView) {
	if !v.has("test") {
		return
	}
	for _, g := range groups(v) {
		last := v.args[g[len(g)-1]]
		loc := reWeaponsTest.FindStringSubmatchIndex(v.between(last.end, v.end))
		if loc == nil {
			continue
		}
		parts := holders(argsOf(v, g))
		if len(parts) == 0 {
			continue
		}
		what := ""
		for k := 2; k+1 < len(loc); k += 2 {
			if loc[k] >= 0 {
				what = strings.ToLower(strings.Join(strings.Fields(v.between(last.end+loc[k], last.end+loc[k+1])), " "))
			}
		}
		what = strings.TrimSuffix(what, "s")
		ts, te := last.end+loc[0], last.end+loc[1]
		if b.irrealisClause(v, v.args[g[0]].start, te) || reNotNews.MatchString(v.between(v.args[g[0]].start, ts)) {
			continue
		}
		b.makeEvent(v, eventSpec{kind: "test", parts: parts, trigStart: ts, trigEnd: te, start: v.args[g[0]].start, end: te,
			needDate: true, fallbackDate: b.presentTenseDate(v, last.end), name: b.holdersName(parts) + " " + what + " test"})
	}
}

// holders keeps the states and organisations of a group: only they hold
// exercises and test weapons.
func holders(args []arg) []arg {
	var out []arg
	for _, a := range args {
		if (a.typ == "Country" || a.typ == "Organization") && !a.m.Demonym {
			out = append(out, a)
		}
	}
	return out
}

// holdersName names an exercise or test by who held it: a state alone by
// its adjective ("Iranian"), others by their names ("China–Iran–Russia").
func (b *relBuilder) holdersName(parts []arg) string {
	names := sortedNames(b, parts)
	if len(names) == 1 && b.typeOf(parts[0].id) == "Country" {
		return b.stateAdjective(parts[0].id)
	}
	return strings.Join(names, "–")
}

// rePresentDeed opens a deed told in the present tense, as news items
// tell the day's events: "holds", "is holding", "test-fires".
var rePresentDeed = regexp.MustCompile(`^` + sp + `*(?:(?:also|jointly)` + sp + `+)?(?:(?:is|are)` + sp + `+[a-z]+ing|[a-z-]+(?:[^s]s|ches|shes))\b`)

// presentTenseDate is the news day of a deed told in the present tense
// from ts on (newsDay), nil otherwise.
func (b *relBuilder) presentTenseDate(v *sentView, ts int) *timex.Expr {
	loc := rePresentDeed.FindStringIndex(v.between(ts, v.end))
	if loc == nil {
		return nil
	}
	if d, ok := b.newsDay(v, ts+loc[1]); ok {
		return &d
	}
	return nil
}
