package extract

// Wire prose puts the day between a subject and its verb ("The United
// States on Thursday imposed sanctions on Hezbollah", "Israel on Friday
// struck Iran's nuclear sites"). preVerbWhen is preVerb with such a time
// adverbial allowed after the subject; the verbs of sanctions, attacks,
// treaties and withdrawals read their subjects through it.

const (
	weekday   = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	monthName = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`
	// whenAdverbial: "on Thursday", "late Friday", "on June 13", "on 13
	// June 2025", "in March", "in 2019", "last week", "overnight".
	whenAdverbial = `(?:(?:(?:on|late|early)` + sp + `+)?` + weekday + `(?:` + sp + `+(?:morning|afternoon|evening|night))?` +
		`|on` + sp + `+` + monthName + sp + `+\d{1,2}(?:,` + sp + `*\d{4})?` +
		`|on` + sp + `+\d{1,2}` + sp + `+` + monthName + `(?:` + sp + `+\d{4})?` +
		`|in` + sp + `+(?:(?:early|late|mid-?)` + sp + `*)?` + monthName + `(?:` + sp + `+\d{4})?` +
		`|in` + sp + `+\d{4}` +
		`|(?:last|this|earlier` + sp + `+this|late` + sp + `+last)` + sp + `+(?:week|weekend|month|year)` +
		`|overnight|this` + sp + `+morning)`
)

var (
	preVerbWhen = preVerb + `(?:` + whenAdverbial + sp + `+(?:(?:has|have|had|also|then|later|again|[a-z]+ly)` + sp + `+)*)?`
)
