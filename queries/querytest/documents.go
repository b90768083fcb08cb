package querytest

import "github.com/kg-project/kg/graph"

// Entity ids of the sample graph.
const (
	Witkoff   = "person:steve-witkoff"
	Araghchi  = "person:abbas-araghchi"
	Albusaidi = "person:badr-albusaidi"
	Amir      = "person:hossein-amir-abdollahian"
	MAraghchi = "person:mahmoud-araghchi"
	US        = "country:united-states"
	Iran      = "country:iran"
	Oman      = "country:oman"
	Israel    = "country:israel"
	Muscat    = "place:muscat"
	Rome      = "place:rome"
	JCPOA     = "agreement:jcpoa"
	Talks     = "event:talks:first-round-of-us-iran-talks"
)

// Document ids of the sample graph.
const (
	DocMuscat = "doc:0000000000000001"
	DocRome   = "doc:0000000000000002"
	DocJCPOA  = "doc:0000000000000003"
)

// Documents is the sample graph: three short reports about the 2025 US–Iran
// talks, written so that every library query has something to find — two
// sources disagreeing on the date and the venue of the first round, a
// quote, sanctions, an attack, the JCPOA's parties, two Araghchis.
func Documents() []graph.DocumentGraph {
	return []graph.DocumentGraph{muscat(), rome(), jcpoa()}
}

func people(b *docBuilder) *docBuilder {
	return b.
		entity(Witkoff, "Person", "Steve Witkoff", []string{"Witkoff"}, nil).
		entity(Araghchi, "Person", "Abbas Araghchi", []string{"Araghchi", "Araqchi"}, nil).
		entity(US, "Country", "United States", []string{"US", "U.S."}, nil).
		entity(Iran, "Country", "Iran", []string{"Islamic Republic of Iran"}, nil)
}

func talks(date string) map[string]any {
	return map[string]any{"kind": "talks", "date": date, "datePrecision": "day", "dateText": date}
}

func muscat() graph.DocumentGraph {
	b := people(newDoc(DocMuscat, "Witkoff and Araghchi meet in Muscat", "2025-04-12")).
		entity(Albusaidi, "Person", "Badr Albusaidi", []string{"Albusaidi"}, nil).
		entity(Oman, "Country", "Oman", nil, nil).
		entity(Muscat, "Place", "Muscat", nil, nil).
		entity(Talks, "Event", "First round of US-Iran talks", []string{"first round of talks"}, talks("2025-04-12"))
	s0 := b.sentence("US envoy Steve Witkoff met Iranian Foreign Minister Abbas Araghchi in Muscat on 12 April 2025.",
		US, "US", Witkoff, "Steve Witkoff", Iran, "Iranian", Araghchi, "Abbas Araghchi", Muscat, "Muscat")
	s1 := b.sentence("Oman's Foreign Minister Badr Albusaidi mediated the first round of talks.",
		Oman, "Oman", Albusaidi, "Badr Albusaidi", Talks, "first round of talks")
	s2 := b.sentence(`Araghchi called the talks "constructive" and said the United States must lift sanctions.`,
		Araghchi, "Araghchi", US, "United States")
	s3 := b.sentence("Muscat is the capital of Oman.", Muscat, "Muscat", Oman, "Oman")
	date := map[string]any{"date": "2025-04-12", "datePrecision": "day", "dateText": "12 April 2025"}
	return b.
		claim("MET_WITH", Witkoff, Araghchi, s0, "Steve Witkoff met Iranian Foreign Minister Abbas Araghchi", date).
		claim("HOLDS_ROLE", Araghchi, Iran, s0, "Iranian Foreign Minister Abbas Araghchi", map[string]any{"title": "Foreign Minister"}).
		claim("HOLDS_ROLE", Witkoff, US, s0, "US envoy Steve Witkoff", map[string]any{"title": "Special Envoy"}).
		claim("HOLDS_ROLE", Albusaidi, Oman, s1, "Oman's Foreign Minister Badr Albusaidi", map[string]any{"title": "Foreign Minister"}).
		claim("PARTICIPATED_IN", Witkoff, Talks, s0, "Steve Witkoff met", map[string]any{"role": "lead negotiator"}).
		claim("PARTICIPATED_IN", Araghchi, Talks, s0, "Abbas Araghchi", map[string]any{"role": "lead negotiator"}).
		claim("HELD_IN", Talks, Muscat, s0, "in Muscat", nil).
		claim("MEDIATED", Oman, Talks, s1, "Badr Albusaidi mediated the first round of talks", nil).
		claim("STATED", Araghchi, US, s2, `Araghchi called the talks "constructive"`, map[string]any{"quote": "constructive"}).
		claim("LOCATED_IN", Muscat, Oman, s3, "Muscat is the capital of Oman", nil).
		done()
}

func rome() graph.DocumentGraph {
	b := people(newDoc(DocRome, "Second source on the first round", "2025-04-20")).
		entity(Rome, "Place", "Rome", nil, nil).
		entity(Israel, "Country", "Israel", nil, nil).
		entity(MAraghchi, "Person", "Mahmoud Araghchi", nil, nil).
		entity(Talks, "Event", "First round of US-Iran talks", []string{"first round of talks"}, talks("2025-04-12"))
	s0 := b.sentence("Witkoff and Araghchi held the first round of talks in Rome on 13 April 2025.",
		Witkoff, "Witkoff", Araghchi, "Araghchi", Talks, "first round of talks", Rome, "Rome")
	s1 := b.sentence("The United States and Iran negotiated over sanctions; the United States sanctioned Iran again.",
		US, "United States", Iran, "Iran")
	s2 := b.sentence("Israel attacked Iran on 13 June 2025, a cousin, Mahmoud Araghchi, said.",
		Israel, "Israel", Iran, "Iran", MAraghchi, "Mahmoud Araghchi")
	return b.
		claim("MET_WITH", Araghchi, Witkoff, s0, "Witkoff and Araghchi held the first round of talks",
			map[string]any{"date": "2025-04-13", "datePrecision": "day", "dateText": "13 April 2025"}).
		claim("HELD_IN", Talks, Rome, s0, "in Rome", nil).
		claim("NEGOTIATED_WITH", US, Iran, s1, "The United States and Iran negotiated", nil).
		claim("SANCTIONED", US, Iran, s1, "the United States sanctioned Iran", nil).
		claim("ATTACKED", Israel, Iran, s2, "Israel attacked Iran on 13 June 2025",
			map[string]any{"date": "2025-06-13", "datePrecision": "day", "dateText": "13 June 2025"}).
		done()
}

func jcpoa() graph.DocumentGraph {
	b := newDoc(DocJCPOA, "The JCPOA and its parties", "2018-05-08").
		entity(US, "Country", "United States", []string{"US"}, nil).
		entity(Iran, "Country", "Iran", nil, nil).
		entity(Amir, "Person", "Hossein Amir-Abdollahian", nil, nil).
		entity(JCPOA, "Agreement", "Joint Comprehensive Plan of Action", []string{"JCPOA", "Iran nuclear deal"}, nil)
	s0 := b.sentence("Iran is a party to the Joint Comprehensive Plan of Action.", Iran, "Iran", JCPOA, "Joint Comprehensive Plan of Action")
	s1 := b.sentence("The United States withdrew from the JCPOA on 8 May 2018.", US, "United States", JCPOA, "JCPOA")
	s2 := b.sentence("Hossein Amir-Abdollahian later served as Iran's foreign minister.", Amir, "Hossein Amir-Abdollahian", Iran, "Iran")
	return b.
		claim("PARTY_TO", Iran, JCPOA, s0, "Iran is a party to the Joint Comprehensive Plan of Action", nil).
		claim("WITHDREW_FROM", US, JCPOA, s1, "The United States withdrew from the JCPOA on 8 May 2018",
			map[string]any{"date": "2018-05-08", "datePrecision": "day", "dateText": "8 May 2018"}).
		claim("HOLDS_ROLE", Amir, Iran, s2, "Hossein Amir-Abdollahian later served as Iran's foreign minister",
			map[string]any{"title": "Foreign Minister"}).
		done()
}
