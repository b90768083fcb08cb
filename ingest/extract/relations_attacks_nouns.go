package extract

import "regexp"

// An attack told with its weapon as subject, the attacker an adjective of
// it: "Israeli airstrikes kill 20 people in Gaza", "A Houthi missile strike
// hits Riyadh", "Saudi-led coalition airstrikes hit Sanaa". Whoever's
// strikes hit a place attacked it; a state's missiles or drones may have
// been fired by others ("Iranian drones struck Ukraine"), a group's not.

// reWeaponHits: between the attacker and the place: the weapon, a verb of
// hitting, and at most a short object before "in" or "on" the place.
var reWeaponHits = regexp.MustCompile(`^(?:['’]s)?(?:-led` + sp + `+coalition)?` + sp + `+(?:` + weaponModifier + sp + `+){0,2}(?:airstrikes?|air` + sp + `+strikes?|strikes|strike|shelling|bombardment|attacks?|raids?|(missiles?|rockets?|drones?|artillery|bombs?))` + sp + `+(?:(?:have|has|had|also|reportedly|again)` + sp + `+)*(?:hit|hits|struck|strike|pounded|pound|pounds|targeted|target|targets|killed|kill|kills|wounded|wound|wounds|destroyed|destroy|destroys|damaged|rocked|rock|rocks|slammed|slam|slams)` + sp + `+(?:(?:[\w'’-]+` + sp + `+){0,5}?(?:in|on|across|near|inside)` + sp + `+)?(?:the` + sp + `+)?(?:` + compassWord + sp + `+)?$`)

// weaponModifier: the words a weapon may carry before it; a verb there
// ("officials said strikes hit") makes the subject someone else.
const weaponModifier = `(?:coalition|missile|drone|rocket|ballistic|cruise|air|artillery|naval|deadly|new|fresh|overnight|heavy|precision|retaliatory|military|suicide|kamikaze|mortar)`

// weaponsHit finds ATTACKED for the wordings of this file.
func (b *relBuilder) weaponsHit(v *sentView) {
	if !v.has("strike", "missile", "rocket", "drone", "shell", "bombard", "artillery", "attack", "raid", "bomb") {
		return
	}
	for i, p := range v.ments {
		if (p.Type != "Country" && p.Type != "Organization") || i+1 >= len(v.ments) {
			continue
		}
		// "Israeli airstrikes killed 45 Palestinians across the Gaza
		// Strip": the victims' demonym is no target of its own.
		j := i + 1
		for j+1 < len(v.ments) && v.ments[j].Type == "Country" && v.ments[j].Demonym && v.ments[j].Start >= p.End {
			j++
		}
		c := v.ments[j]
		if (c.Type != "Place" && c.Type != "Country") || c.Demonym || c.Start < p.End || c.EntityID == p.EntityID {
			continue
		}
		gap := v.between(p.End, c.Start)
		sm := reWeaponHits.FindStringSubmatchIndex(gap)
		// "An Israeli strike on Iran would be a disaster": supposed.
		if sm == nil || b.irrealisClause(v, p.Start, c.End) || reAttackModalAfter.MatchString(v.between(c.End, v.end)) {
			continue
		}
		// "Iranian drones struck Ukraine": a state's weapons may be
		// someone else's to fire; a group's are its own.
		if sm[2] >= 0 && p.Type != "Organization" {
			continue
		}
		to := c.EntityID
		if c.MetonymFor != "" {
			if _, named := b.ents.Entities[c.MetonymFor]; named {
				to = c.MetonymFor
			}
		}
		b.add("ATTACKED", p.EntityID, to, 0.8, nil, v, p.Start, c.End)
	}
}
