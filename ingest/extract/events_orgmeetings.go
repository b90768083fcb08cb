package extract

import (
	"regexp"
	"strings"
)

// An organisation's meetings are told as "a ministerial meeting of the
// Global Coalition to Defeat ISIS", "the summit of the Arab League", "an
// emergency session of the UN Security Council": the event is named after
// the organisation and the kind of meeting, dated and placed by its
// sentence, and the states or people the sentence says attended it took
// part in it.

var (
	// Right before the organisation.
	reOrgMeeting = regexp.MustCompile(`(?i)\b(?:an?|the|its|this|that)` + sp + `+((?:(?:first|second|third|annual|extraordinary|emergency|special|ministerial|leaders['’]?|foreign` + sp + `+ministers['’]?|high-level|virtual|plenary|closed|urgent|regular)` + sp + `+)*(?:meeting|summit|conference|ministerial|session|plenary))` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// Right before the meeting phrase: the attendance verb after the
	// group that attended.
	reAttended = regexp.MustCompile(`^` + sp + `*,?` + sp + `*(?:(?:also|both|all|had|have|has|later|then|today|yesterday)` + sp + `+)*(?:attended|attend|attends|(?:took|take|takes)` + sp + `+part` + sp + `+in|participated` + sp + `+in|participate` + sp + `+in|joined|addressed|chaired|convened|hosted|(?:was|were)` + sp + `+represented` + sp + `+at|traveled` + sp + `+to` + sp + `+\w+` + sp + `+(?:on` + sp + `+[\w ,]{3,25}` + sp + `+)?to` + sp + `+attend)` + sp + `+$`)
)

// orgMeetings builds the meetings of organisations v names.
func (b *relBuilder) orgMeetings(v *sentView) {
	if !v.has("meeting", "summit", "conference", "ministerial", "session", "plenary") {
		return
	}
	for _, m := range v.ments {
		if m.Type != "Organization" {
			continue
		}
		lo := max(v.start, m.Start-80)
		loc := reOrgMeeting.FindStringSubmatchIndex(v.between(lo, m.Start))
		if loc == nil {
			continue
		}
		trigStart := lo + loc[0]
		kind := strings.ToLower(strings.Join(strings.Fields(v.between(lo+loc[2], lo+loc[3])), " "))
		if b.irrealisClause(v, trigStart, m.End) {
			continue
		}
		var parts []arg
		start := trigStart
		for _, g := range groups(v) {
			last := v.args[g[len(g)-1]]
			if last.end <= trigStart && reAttended.MatchString(v.between(last.end, trigStart)) {
				parts, start = argsOf(v, g), v.args[g[0]].start
			}
		}
		_, local, _ := strings.Cut(m.EntityID, ":")
		b.makeEvent(v, eventSpec{
			kind: "meeting", parts: parts, trigStart: trigStart, trigEnd: m.End, start: start, end: m.End,
			name: b.nameOf(m.EntityID) + " " + kind, slug: local + "-" + strings.ReplaceAll(kind, " ", "-"),
		})
	}
}
