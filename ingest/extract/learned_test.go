package extract

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest/timex"
)

// firstPair builds the views of a one-sentence markup and returns its
// first relatable pair of args.
func firstPair(t *testing.T, line string) (*sentView, arg, arg) {
	t.Helper()
	doc, ents := markup(t, "2025-04-12", line)
	views := buildViews(doc, ents, timex.Find(doc.Text, doc.Published))
	pairs := pairsOf(views[0])
	if len(pairs) == 0 {
		t.Fatalf("%q: no pair of args", line)
	}
	v := views[0]
	return v, v.args[pairs[0][0]], v.args[pairs[0][1]]
}

func TestPairFeatures(t *testing.T) {
	tests := []struct {
		name      string
		line      string
		want, not []string
	}{
		{"verb between two people",
			"Later [Araghchi|person:abbas-araghchi] quietly met [Witkoff|person:steve-witkoff] in the capital.",
			[]string{"bias", "t=Person>Person", "f=quietly", "l=met", "w=quietly", "w=met", "b=quietly_met",
				"tf=Person>Person|quietly", "p1=later", "p2=<s>", "n1=in", "n2=the", "d=2"},
			[]string{"comma", "quote", "long", "date"}},
		{"adjacent args, a comma, a date",
			"On 12 April 2025, [Oman|country:oman], [Iran|country:iran] agreed.",
			[]string{"t=Country>Country", "f=<none>", "l=<none>", "d=0", "comma", "date", "n1=agreed", "n2=</s>"},
			[]string{"long"}},
		{"a long gap keeps its two ends only",
			"[Iran|country:iran] said on state television after a long meeting of the cabinet that [Israel|country:israel] struck.",
			[]string{"long", "f=said", "l=that", "w=said", "w=television", "w=of", "w=that", "d=9-12", "b=said_on", "b=the_cabinet"},
			[]string{"w=long", "w=meeting", "b=television_of"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, a, c := firstPair(t, tt.line)
			got := pairFeatures(v, a, c)
			has := map[string]bool{}
			for _, f := range got {
				has[f] = true
				for _, name := range []string{"araghchi", "witkoff", "oman", "iran", "israel"} {
					if strings.Contains(f, name) {
						t.Errorf("feature %q carries an entity name", f)
					}
				}
			}
			for _, f := range tt.want {
				if !has[f] {
					t.Errorf("missing feature %q in %q", f, got)
				}
			}
			for _, f := range tt.not {
				if has[f] {
					t.Errorf("unexpected feature %q in %q", f, got)
				}
			}
		})
	}
}

// toyModel knows one wording per class: "table" for a meeting, "penalties"
// for sanctions with the sanctioning side second, "sat" for a meeting that
// a weaker margin supports.
func toyModel() *relModel {
	return &relModel{
		Classes:   []string{"MET_WITH", "NEGOTIATED_WITH", "NONE", "SANCTIONED", "SANCTIONED<"},
		Threshold: 1,
		Weights: map[string]map[string]float64{
			"bias":        {"NONE": 1},
			"w=table":     {"MET_WITH": 3},
			"w=penalties": {"SANCTIONED<": 4, "SANCTIONED": 1},
			"w=sat":       {"MET_WITH": 1.5},
			"w=met":       {"NEGOTIATED_WITH": 5},
			"w=rally":     {"MET_WITH": 4},
		},
	}
}

func TestLearnedFallback(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a relation the rules do not know",
			"[Araghchi|person:abbas-araghchi] shared a table with [Witkoff|person:steve-witkoff].",
			[]string{"MET_WITH person:abbas-araghchi person:steve-witkoff 0.5"}},
		{"a reversed class puts the second arg first",
			"[Iran|country:iran] faced penalties from [the EU|organization:european-union].",
			[]string{"SANCTIONED organization:european-union country:iran 0.5"}},
		{"no relation when NONE wins",
			"[Araghchi|person:abbas-araghchi] waved at [Witkoff|person:steve-witkoff].",
			nil},
		{"no relation when the margin is at the threshold",
			"[Araghchi|person:abbas-araghchi] sat beside [Witkoff|person:steve-witkoff].",
			nil},
		{"a pair the rules related is left to them",
			"[Araghchi|person:abbas-araghchi] met with [Witkoff|person:steve-witkoff].",
			[]string{"MET_WITH person:abbas-araghchi person:steve-witkoff 0.9",
				// The meeting a news item of the day tells took place that day.
				"PARTICIPATED_IN person:abbas-araghchi event:meeting:abbas-araghchi-steve-witkoff:2025-04-12 0.8",
				"PARTICIPATED_IN person:steve-witkoff event:meeting:abbas-araghchi-steve-witkoff:2025-04-12 0.8"}},
		{"types that do not fit the class give nothing",
			"[Araghchi|person:abbas-araghchi] spoke at a rally in [Muscat|place:muscat].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ents := markup(t, "2025-04-12", tt.line)
			var got []string
			for _, r := range relateWith(doc, ents, toyModel(), nil).Relations {
				got = append(got, fmt.Sprintf("%s %s %s %.1f", r.Type, r.From, r.To, r.Confidence))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLearnedFallbackEvidence(t *testing.T) {
	doc, ents := markup(t, "2025-04-12", "Talks went on. [Araghchi|person:abbas-araghchi] shared a table with [Witkoff|person:steve-witkoff] today.")
	rs := relateWith(doc, ents, toyModel(), nil)
	if len(rs.Relations) != 1 || len(rs.Relations[0].Evidence) != 1 {
		t.Fatalf("got %+v, want one relation with one evidence span", rs.Relations)
	}
	ev := rs.Relations[0].Evidence[0]
	if got, want := doc.Text[ev.Start:ev.End], "Araghchi shared a table with Witkoff"; got != want {
		t.Errorf("evidence %q, want %q", got, want)
	}
}

func TestLearnedFallbackIsDeterministic(t *testing.T) {
	m, err := loadRelModel(relationModelJSON)
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{
		"[Iran|country:iran] and [Oman|country:oman] held a round of talks in [Muscat|place:muscat] on Saturday.",
		"[Araghchi|person:abbas-araghchi] later told [Witkoff|person:steve-witkoff] that [Israel|country:israel] had struck [Tehran|place:tehran].",
	}
	render := func() string {
		doc, ents := markup(t, "2025-04-12", lines...)
		return fmt.Sprint(renderRelations(relateWith(doc, ents, m, nil).Relations, "date"))
	}
	if a, b := render(), render(); a != b {
		t.Errorf("two runs differ:\n%s\n%s", a, b)
	}
}

func TestRelationModelLoads(t *testing.T) {
	m, err := loadRelModel(relationModelJSON)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Weights) < 100 {
		t.Errorf("got %d weighted features, want at least 100", len(m.Weights))
	}
	if !typeIn(m.Classes, noneClass) {
		t.Errorf("classes %q lack %s", m.Classes, noneClass)
	}
	for _, c := range m.Classes {
		typ, _, _ := classEnds(c, "a", "b")
		if _, ok := signatures[typ]; c != noneClass && !ok {
			t.Errorf("class %q names no relation type", c)
		}
	}
	if m.Threshold <= 0 {
		t.Errorf("threshold %v, want a positive margin", m.Threshold)
	}
	if _, err := loadRelModel([]byte(`{"classes":[],"weights":{}}`)); err == nil {
		t.Error("an empty model loaded without error")
	}
}

func TestLearnedRelationsOption(t *testing.T) {
	for _, on := range []bool{false, true} {
		x, err := New(Options{LearnedRelations: on})
		if err != nil {
			t.Fatal(err)
		}
		if got := x.learned != nil; got != on {
			t.Errorf("LearnedRelations %v: model loaded %v", on, got)
		}
	}
}
