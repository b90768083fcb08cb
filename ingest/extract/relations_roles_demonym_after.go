package extract

import "regexp"

// An office named by its state's adjective after the verb that gives it:
// "In 1983 Bandar became Saudi ambassador to the United States", "Reema
// bint Bandar was appointed Saudi ambassador", "he was the Egyptian
// foreign minister". The person holds the office for the adjective's
// state. "was a Saudi diplomat" says what the person was, not an office
// held, and gives nothing; so does an office of something else named
// after it ("the Saudi minister of the Hajj's deputy").

var (
	// Between the person and the adjective.
	reBecameDemonym = regexp.MustCompile(`^(?:` + sp + `*,[^,;]{1,80},|` + sp + `*,)?` + sp + `+(?:(?:also|later|then|briefly|again|eventually|soon)` + sp + `+)?(?:became|becomes|was|is|has` + sp + `+been|had` + sp + `+been|served` + sp + `+as|serves` + sp + `+as|(?:was|were|is|had` + sp + `+been)` + sp + `+(?:appointed|named|made|elected|confirmed|promoted` + sp + `+to|re-?appointed)(?:` + sp + `+as)?)` + sp + `+(?:the` + sp + `+)?(?:(?:first|new|next)` + sp + `+)?$`)
	// After the adjective: the office, then where it ends.
	reDemonymOffice = regexp.MustCompile(`^` + sp + `+` + roleNoun + `(?:` + sp + `+(?:to|in|at|from|since|until|between|during|under|when|and|for)\b|` + sp + `*[,;.(]|` + sp + `*$)`)
)

// becameDemonymOffice reads the form above for person a.
func (b *relBuilder) becameDemonymOffice(v *sentView, a arg) {
	q, ok := nextMention(v, a.m.End)
	if !ok || q.Type != "Country" || !q.Demonym {
		return
	}
	if !reBecameDemonym.MatchString(v.between(a.m.End, q.Start)) {
		return
	}
	loc := reDemonymOffice.FindStringSubmatchIndex(v.between(q.End, v.end))
	if loc == nil || b.irrealisClause(v, a.start, q.End+loc[3]) {
		return
	}
	title := v.between(q.End+loc[2], q.End+loc[3])
	if reKinOfOffice.MatchString(title) {
		return
	}
	b.addRole(a.id, q.EntityID, canonTitle(title), 0.8, v, a.m.Start, q.End+loc[3])
}
