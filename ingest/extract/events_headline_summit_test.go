package extract

import "testing"

// TestHeadlineSummit: a catalog summit the headline names is the story's
// event: the meeting its lead tells, on the summit's day, is that summit,
// though the two met at a hotel the catalog does not know.
func TestHeadlineSummit(t *testing.T) {
	x := testExtractor(t)
	const headline = "Trump and Kim pledge new relations at Singapore summit"
	doc := docPublished(t, headline+"\n"+
		"SINGAPORE, June 12, 2018 — President Trump and Kim Jong Un of North Korea signed a statement today, ending the first meeting ever held between the two.\n"+
		"The two men met at the Capella Hotel on Sentosa Island.\n", "2018-06-12")
	doc.Title = headline
	doc.NotEntities = append(doc.NotEntities, doc.Sentences[0])
	res := x.Extract(doc)
	const summit = "event:2018-north-korea-united-states-singapore-summit"
	checkIDs(t, "headline summit", entityIDs(res), []string{summit}, []string{"event:meeting:north-korea-united-states:2018-06-12"})
	checkRelationKeys(t, res, []string{"PARTICIPATED_IN person:donald-trump " + summit}, nil)
}
