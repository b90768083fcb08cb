package extract

import "testing"

// TestInaugurations: a leader's inauguration attended is named after the
// leader, who took part with those who attended it; a work inaugurated on
// a day is that work's inauguration, by those after "by", at the place
// after "at"; a work opened on no day written is none.
func TestInaugurations(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	const pez = "event:inauguration:pezeshkian"
	const pipe = "event:inauguration:inauguration-of-the-iran-armenia-gas-pipeline:2007-03-19"
	checkEventCases(t, types, []eventCase{
		{"a leader's, attended", "2025-01-01",
			[]string{"[Nikol Pashinyan|person:pashinyan] attended the inauguration of President [Masoud Pezeshkian|person:pezeshkian] in [Tehran|place:tehran] on 30 July 2024."},
			[]string{pez + " kind=inauguration date=2024-07-30 datePrecision=day dateText=30 July 2024"},
			[]string{"PARTICIPATED_IN person:pashinyan " + pez, "PARTICIPATED_IN person:pezeshkian " + pez, "HELD_IN " + pez + " place:tehran"}},
		{"a work's name opens after the clause before it", "2025-01-01",
			[]string{"The partnership produced a pipeline and the Baku–Tbilisi–Kars railway, inaugurated at [Alat|place:alat] on 30 October 2017 by [Ilham Aliyev|person:aliyev]."},
			[]string{"event:inauguration:inauguration-of-the-baku-tbilisi-kars-railway:2017-10-30 kind=opening date=2017-10-30 datePrecision=day dateText=30 October 2017"},
			[]string{"PARTICIPATED_IN person:aliyev event:inauguration:inauguration-of-the-baku-tbilisi-kars-railway:2017-10-30", "HELD_IN event:inauguration:inauguration-of-the-baku-tbilisi-kars-railway:2017-10-30 place:alat"}},
		{"a work's, told as a participle", "2025-01-01",
			[]string{"The Iran–Armenia gas pipeline, inaugurated on 19 March 2007 by [Robert Kocharyan|person:kocharyan] and [Mahmoud Ahmadinejad|person:ahmadinejad] at the border near [Agarak|place:agarak], supplies gas."},
			[]string{pipe + " kind=opening date=2007-03-19 datePrecision=day dateText=19 March 2007"},
			[]string{"PARTICIPATED_IN person:kocharyan " + pipe, "PARTICIPATED_IN person:ahmadinejad " + pipe, "HELD_IN " + pipe + " place:agarak"}},
		{"a work opened on no day written", "2025-01-01",
			[]string{"The new railway was opened by [Ismail Omar Guelleh|person:guelleh]."},
			nil, nil},
	})
}

// TestAttendedFunerals: a funeral attended is an event of the one buried,
// who took no part in it; those who attended did.
func TestAttendedFunerals(t *testing.T) {
	const funeral = "event:funeral:yitzhak-rabin"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a king attended a prime minister's funeral",
			text: "King Hussein attended the funeral of Yitzhak Rabin in Jerusalem in November 1995.",
			want: []string{"PARTICIPATED_IN person:hussein-of-jordan " + funeral, "HELD_IN " + funeral + " place:jerusalem"},
			not:  []string{"PARTICIPATED_IN person:yitzhak-rabin " + funeral}},
	})
}
