package extract

import (
	"regexp"
	"strings"
)

// The wording of sanctions and designations, shared by the sanction rules.
// A sanction is found only where one of these phrases says that it was
// imposed; lifting, easing or waiving sanctions is not a sanction.

const (
	// sanctionCollective: the people who act for the subject state or
	// organisation ("European Union leaders approve", "the EU's foreign
	// ministers adopted").
	sanctionCollective = `(?:(?:['’]s)?` + sp + `+(?:(?:foreign|finance|economy|economic|trade|defen[cs]e|interior|justice|senior|government)` + sp + `+)?(?:leaders|ministers|governments|officials|member` + sp + `+states|authorities|lawmakers|legislators|diplomats|ambassadors|envoys|regulators|[Gg]overnment|[Aa]dministration))?`

	// sanctionImpose: the verbs that impose a sanctions measure.
	sanctionImpose = `(?:imposed|imposes|imposing|impose|to` + sp + `+impose|announced|announces|announcing|levied|levies|levying|placed|places|slapped|slaps|expanded|expands|restored|restores|reimposed|reimposes|re-imposed|re-imposes|approved|approves|approve|approving|adopted|adopts|adopt|adopting|passed|passes|unveiled|unveils|tightened|tightens|toughened|toughens|extended|extends|renewed|renews|broadened|broadens|widened|widens|enacted|enacts|issued|issues|introduced|introduces|authori[sz]ed|authori[sz]es|(?:agreed|agree|agrees)(?:` + sp + `+(?:on|to))?|(?:voted|votes|vote|decided|decides|moved|moves|agreed|agrees|agree)` + sp + `+to` + sp + `+(?:impose|adopt|approve|tighten|expand|reimpose|extend|renew))`

	// sanctionAdj: words before the sanctions noun.
	sanctionAdj = `(?:(?:new|additional|fresh|further|sweeping|secondary|tough|tougher|targeted|broad|wide-ranging|harsh|harsher|strict|stricter|unilateral|economic|financial|oil|trade|arms|nuclear-related)` + sp + `+)*`

	// sanctionMeasure: the measure imposed, with its determiner and
	// quantity ("a new round of sanctions", "an arms embargo").
	sanctionMeasure = `(?:(?:a|an|the|its|their)` + sp + `+)?` + sanctionAdj + `(?:(?:round|package|set|series|wave|raft|batch|slew)` + sp + `+of` + sp + `+` + sanctionAdj + `)?(?:[\w-]+` + sp + `+){0,2}?(?:sanctions|maximum` + sp + `+pressure|embargo(?:es)?|(?:(?:travel|visa|import|export|oil)` + sp + `+)?bans?|asset` + sp + `+freezes?|(?:visa|travel|export)` + sp + `+restrictions|restrictive` + sp + `+measures)`

	// sanctionAside: what may stand between the measure and its target: a
	// place or day ("in Brussels", "on Monday") and an aside listing what
	// the measure includes (", including bans on investments,").
	sanctionAside = `(?:` + sp + `+in` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*){0,2})?(?:` + sp + `+(?:today|yesterday|jointly|on` + sp + `+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?(?:` + sp + `*,` + sp + `*(?:including|notably|such` + sp + `+as)` + sp + `+[^,;:()]{1,120},)?`

	// sanctionTitleCase: a headline's verbs ("U.S. Sanctions Hizballah
	// Financiers", "Treasury Imposes New Sanctions on").
	sanctionTitleCase = `Sanctions|Sanctioned|Designates|Designated|Blacklists|(?:Imposes|Imposed|Announces|Expands|Reimposes|Levies)` + sp + `+(?:(?:New|Additional|Further|More)` + sp + `+)?Sanctions` + sp + `+(?:on|On|against|Against|targeting|Targeting)`

	// sanctionDecision: "X's decision to designate Y".
	sanctionDecision = `['’]s` + sp + `+(?:(?:recent|historic|landmark)` + sp + `+)?decisions?` + sp + `+to` + sp + `+(?:designate|sanction|blacklist|proscribe|list)`

	// sanctionRenew: "is renewing its designation of".
	sanctionRenew = `(?:renewing|renewed|renews|renew|amending|amended|amends|maintaining|maintains|maintained|upheld|upholds|extending|extended|extends|announcing|announced|announces|reaffirming|reaffirmed|reaffirms|affirmed|affirms)` + sp + `+(?:its|their|the)` + sp + `+designations?` + sp + `+of`
)

var (
	// reSanctionUndo marks a phrase that ends or eases sanctions.
	reSanctionUndo = regexp.MustCompile(`(?i)\b(?:lift\w*|eas(?:e|ed|es|ing)|remov\w*|waiv\w*|suspen\w*|relief|terminat\w*|revok\w*|revocation|rescind\w*|end(?:ed|s|ing)?|exempt\w*|unfreez\w*|roll\w*` + sp + `+back|relax\w*|lower\w*|reduc\w*|delist\w*)\b`)

	// reSanctionPlace: "X placed Y" / "X added Y" / "the US and the EU label
	// Y" (a present plural), completed after Y by a
	// list or sanctions (reSanctionPlaceObj).
	reSanctionPlace = regexp.MustCompile(preVerbWhen + `(?:(?:is|are|was|were)` + sp + `+)?(?:placed|places|placing|put|puts|putting|added|adds|adding|included|includes|including|listed|lists|listing|subjected|subjects|subjecting|targeted|targets|targeting|hit|hits|punished|punishes|penali[sz]ed|penali[sz]es|proscribed|proscribes|classified|classifies|declared|declares|labell?ed|labels|branded|brands|named|names|label|brand|list|classify|declare|place|add)` + sp + `+(?:the` + sp + `+)?$`)
	// reSanctionPlaceObj: what follows the object of reSanctionPlace: "on
	// the Specially Designated Nationals list", "under sanctions", "to
	// sanctions", "with sanctions", "as a terrorist organization".
	reSanctionPlaceObj = regexp.MustCompile(`^(?:` + sp + `*,[^,;:]{1,60},)?` + sp + `+(?:(?:on|onto|to|in)` + sp + `+(?:(?:the|its|their|a|an)` + sp + `+)?(?:[\w.'’-]+` + sp + `+){0,6}?(?:list|lists|blacklist)\b|under` + sp + `+` + sanctionMeasure + `\b|to` + sp + `+` + sanctionMeasure + `\b|with` + sp + `+` + sanctionMeasure + `\b|(?:as` + sp + `+)?(?:an?|the)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:(?:terrorist|terror)` + sp + `+(?:organi[sz]ations?|groups?|entit(?:y|ies))|state` + sp + `+sponsor` + sp + `+of` + sp + `+terrorism))`)
	// reSanctionListCue: the list is a sanctions or terrorism list.
	reSanctionListCue = regexp.MustCompile(`(?i)sanction|terror|blacklist|designat|entity` + sp + `+list|\bSDN\b|sponsors?` + sp + `+of|watch` + sp + `*list|proscri|embargo|restricted|denied` + sp + `+(?:persons|parties)`)

	// reRoleHolderAfter: "'s oil minister, " between a state and the
	// person holding the role, "financier" between an organisation and
	// its member ("Hizballah financier Mohammad Qasir"): a sanction on
	// that person.
	reRoleHolderAfter = regexp.MustCompile(`^(?:['’]s` + sp + `+` + roleNoun + sp + `*,` + sp + `+|(?:['’]s)?` + sp + `+(?:[a-z][\w-]*` + sp + `+){0,2}?(?:financiers?|operatives?|facilitators?|couriers?|agents?|associates?|affiliates?|militants?|fighters?|officials?|commanders?|leaders?|members?|figures?|chiefs?|heads?)` + sp + `*,?` + sp + `+)$`)

	// reNameWordBefore: a capitalised word right before a mention, which
	// may be the start of a longer name the catalog does not know
	// ("Kata'ib Hizballah" read as Hizballah).
	reNameWordBefore = regexp.MustCompile(`(?:^|[\s\x{00A0}(“"])(\p{Lu}[\w\x{00C0}-\x{024F}'’-]*)` + sp + `$`)
)

// nameWords are capitalised words that do not start a name: sentence
// openers, determiners, adverbs.
var nameWords = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "By": true, "For": true,
	"Today": true, "Yesterday": true, "Since": true, "After": true, "Before": true, "When": true,
	"While": true, "Also": true, "Then": true, "Meanwhile": true, "However": true, "And": true,
	"But": true, "Both": true, "Its": true, "Their": true, "His": true, "Her": true, "This": true,
	"That": true, "These": true, "Those": true, "Later": true, "Previously": true, "Separately": true,
	"Additionally": true, "Furthermore": true, "Moreover": true, "Finally": true, "Under": true,
	// A headline's words before its object.
	"Sanctions": true, "Sanctioned": true, "Designates": true, "Designated": true, "Blacklists": true,
	"Against": true, "Targeting": true, "Of": true, "To": true, "From": true, "With": true, "As": true,
	"Over": true, "Including": true,
	// Dates before a subject ("On Monday Washington sanctioned").
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true,
	"April": true, "May": true, "June": true, "July": true, "August": true, "September": true,
	"October": true, "November": true, "December": true,
}

// nameFragment reports an arg whose mention follows a capitalised word
// that is not a mention itself: the mention is likely the end of a longer,
// unknown name, and a sanction on it would go to the wrong entity.
func nameFragment(v *sentView, a arg) bool {
	loc := reNameWordBefore.FindStringSubmatchIndex(v.between(max(v.start, a.start-40), a.start))
	if loc == nil {
		return false
	}
	lo := max(v.start, a.start-40)
	w := v.between(lo+loc[2], lo+loc[3])
	if nameWords[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "-based") {
		return false // "Iran-based": where the body is, not a word of its name
	}
	for _, m := range v.ments {
		if m.Start <= lo+loc[2] && m.End >= lo+loc[3] {
			return false
		}
	}
	return true
}

// roleHolder replaces a sanctioned state or organisation written as the
// possessor of a role by the person holding it: "sanctions on Iran's oil
// minister, Rostam Ghasemi" sanction the minister.
func roleHolder(v *sentView, o arg) arg {
	for _, a := range v.args {
		if a.typ != "Person" || a.start <= o.end {
			continue
		}
		if reRoleHolderAfter.MatchString(v.between(o.end, a.m.Start)) || reRoleHolderAfter.MatchString(v.between(o.end, a.start)) {
			return a
		}
		break
	}
	return o
}

// sanctionTargets are the sanctioned args for objects written after a
// sanctioning phrase: a possessor stands for what it possesses, a role's
// possessor for the role's holder.
func sanctionTargets(v *sentView, objs []arg) []arg {
	var out []arg
	for i, o := range possessedAll(v, objs) {
		// "the Iran-based Fars News Agency": the body, not where it is.
		if based, ok := basedBody(v, o); ok {
			out = append(out, based)
			continue
		}
		// "three Iran-based exchange houses — A, B and C": the bodies
		// listed after the dash.
		if listed := basedList(v, o); len(listed) > 0 {
			out = append(out, listed...)
			continue
		}
		if o.id == objs[i].id && (o.typ == "Country" || o.typ == "Organization") {
			if h := roleHolder(v, o); h.id != o.id {
				out = append(out, h)
				continue
			}
			if reMembersAfter.MatchString(v.between(o.end, v.end)) {
				continue // "sanctioned Hizballah financiers": its people
			}
		}
		out = append(out, o)
	}
	return out
}

// reMembersAfter: people or companies of an organisation or state written
// after it, who are what a sanction on "Hizballah financiers" targets.
var reMembersAfter = regexp.MustCompile(`^` + sp + `+(?:[a-z][\w-]*` + sp + `+)?(?i:financiers|operatives|officials|members|leaders|facilitators|commanders|affiliates|associates|fighters|militants|couriers|agents|companies|firms|entities|individuals|banks|networks|vessels|ships|tankers|procurement|front)\b`)

// dropFragments leaves out the args that may be fragments of longer names.
func dropFragments(v *sentView, args []arg) []arg {
	var out []arg
	for _, a := range args {
		if !nameFragment(v, a) {
			out = append(out, a)
		}
	}
	return out
}

var (
	// reDecisionsBy ends right before the authors of "the decisions by X
	// and Z to designate Y"; reToDesignate is the gap after them.
	reDecisionsBy = regexp.MustCompile(`\bdecisions?` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	reToDesignate = regexp.MustCompile(`^` + sp + `+to` + sp + `+(?:designate|sanction|blacklist|proscribe|list)` + sp + `+(?:the` + sp + `+)?$`)
)

var (
	// reWhichAuthor: "Y, which the" between a sanctioned Y and the author
	// of a relative clause; reRelativeDesignated follows the author.
	reWhichAuthor        = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:which|whom|that)` + sp + `+(?:the` + sp + `+)?$`)
	reRelativeDesignated = regexp.MustCompile(`^` + sp + `+(?:(?:has|have|had|also|formally|officially|[a-z]+ly)` + sp + `+)*(?:designated|sanctioned|blacklisted|proscribed)(?:` + sp + `+(?:as|in|on|under|during|last|this|it|them)\b|` + sp + `*[,.;)]|` + sp + `*$)`)
)

// reBasedAfter: "-based" right after a state or place, before a body.
var reBasedAfter = regexp.MustCompile(`^` + sp + `*[-–]` + sp + `*based` + sp + `+$`)

// reBasedListed: "-based currency exchange houses — ", "-based firms: ",
// a plural noun of bodies after "X-based", then their list.
var reBasedListed = regexp.MustCompile(`^` + sp + `*[-–]` + sp + `*based` + sp + `+(?:[\w-]+` + sp + `+){0,4}?(?:companies|firms|entities|houses|exchanges|banks|networks|individuals|persons|businesses|vessels|suppliers|brokers|traders)` + sp + `*(?:[—–:]|-{1,2}|,` + sp + `+(?:including|namely))` + sp + `*$`)

// basedList is the list of bodies set off after "X-based <bodies>".
func basedList(v *sentView, o arg) []arg {
	if o.typ != "Country" && o.typ != "Place" {
		return nil
	}
	for _, a := range v.args {
		if a.start < o.end {
			continue
		}
		if !reBasedListed.MatchString(v.between(o.end, a.start)) {
			return nil
		}
		return objectsAfter(v, a.start)
	}
	return nil
}

// basedBody is the organisation written right after "X-based".
func basedBody(v *sentView, o arg) (arg, bool) {
	if o.typ != "Country" && o.typ != "Place" {
		return arg{}, false
	}
	for _, a := range v.args {
		if a.start < o.end {
			continue
		}
		if a.typ == "Organization" && reBasedAfter.MatchString(v.between(o.end, a.start)) {
			return a, true
		}
		break
	}
	return arg{}, false
}
