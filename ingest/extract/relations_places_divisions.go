package extract

import "regexp"

// A state's divisions listed after their noun: "There are 8
// municipalities (baladiyat) of Qatar; Ad Dawhah, Al Daayen, Al Rayyan
// ...", "Qatar is divided into eight municipalities: Ad Dawhah, ...",
// "The provinces of Iran include Khuzestan, Fars and Kerman". Each listed
// place lies in the state.

const divisionNouns = `(?:municipalities|provinces|governorates|districts|regions|emirates|states|counties|prefectures|wilayats|baladiyat|cantons|departments)`

var (
	// Before the state: "municipalities (baladiyat) of".
	reDivisionsOf = regexp.MustCompile(`(?i)\b` + divisionNouns + `(?:` + sp + `*\([^()]{1,60}\))?` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// After the state, up to the list: "; ", ": ", " include ", " are ".
	reDivisionsListAfterOf = regexp.MustCompile(`^` + sp + `*(?:[:;]|,?` + sp + `+(?:are|include|includes|were|comprise|comprised)\b:?)` + sp + `*(?:the` + sp + `+)?$`)
	// After the state: "is divided into eight municipalities: ".
	reDividedInto = regexp.MustCompile(`^` + sp + `+(?:is|was|are|were)` + sp + `+(?:(?:administratively|further)` + sp + `+)?(?:divided|split|organi[sz]ed|subdivided)` + sp + `+into` + sp + `+(?:[\w-]+` + sp + `+)?` + divisionNouns + `(?:` + sp + `*\([^()]{1,60}\))?` + sp + `*[:;,]?` + sp + `*(?:namely` + sp + `+)?(?:the` + sp + `+)?$`)
)

// divisionsListed finds LOCATED_IN for the places of such lists.
func (b *relBuilder) divisionsListed(v *sentView) {
	if !v.has("municipal", "provinces", "governorates", "districts", "regions", "emirates", "states", "counties", "prefectures", "wilayat", "baladiyat", "cantons", "departments") {
		return
	}
	for i, c := range v.ments {
		if c.Type != "Country" || c.Demonym || c.MetonymFor != "" || i+1 >= len(v.ments) {
			continue
		}
		first := v.ments[i+1]
		if first.Type != "Place" {
			continue
		}
		gap := v.between(c.End, first.Start)
		of := reDivisionsOf.MatchString(v.between(max(v.start, c.Start-80), c.Start)) && reDivisionsListAfterOf.MatchString(gap)
		if !of && !reDividedInto.MatchString(gap) {
			continue
		}
		list := []mention{first}
		for k := i + 2; k < len(v.ments); k++ {
			q := v.ments[k]
			if q.Type != "Place" || !reCoord.MatchString(v.between(list[len(list)-1].End, q.Start)) {
				break
			}
			list = append(list, q)
		}
		if len(list) < 2 {
			continue // one place after the noun may be anything
		}
		for _, q := range list {
			b.add("LOCATED_IN", q.EntityID, c.EntityID, 0.8, nil, v, c.Start, list[len(list)-1].End)
		}
	}
}
