package extract

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest/normalize"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // token texts
	}{
		{"possessive is its own token", "Iran's envoy", []string{"Iran", "'s", "envoy"}},
		{"curly possessive is its own token", "Iran’s envoy", []string{"Iran", "’s", "envoy"}},
		{"plural possessive", "Leaders’ Statement", []string{"Leaders", "’", "Statement"}},
		{"dotted acronym stays whole", "the U.S. and U.N.", []string{"the", "U.S.", "and", "U.N."}},
		{"a digit before a period ends the sentence", "Iran and the P5+1.", []string{"Iran", "and", "the", "P5", "+", "1", "."}},
		{"initial keeps its period", "Donald J. Trump", []string{"Donald", "J.", "Trump"}},
		{"title abbreviation keeps its period", "Sen. Jim Banks", []string{"Sen.", "Jim", "Banks"}},
		{"sentence period is separate", "met Araghchi.", []string{"met", "Araghchi", "."}},
		{"hyphen splits", "US-Iran talks", []string{"US", "-", "Iran", "talks"}},
		{"inner apostrophe stays", "O'Brien and Sa'ar", []string{"O'Brien", "and", "Sa'ar"}},
		{"line break is white space", "Abbas\nAraghchi", []string{"Abbas", "Araghchi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range tokenize(tt.text, nil) {
				got = append(got, tt.text[tok.start:tok.end])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("tokenize(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestTokenizeSentenceEnd: a letter whose period ends its sentence is a
// numeral, and the period is the sentence's; an initial inside a sentence
// keeps its period.
func TestTokenizeSentenceEnd(t *testing.T) {
	tests := []struct {
		name, text string
		sentences  []normalize.Span
		want       []string
	}{
		{"numeral at a sentence end", "after World War I. Then", []normalize.Span{{Start: 0, End: 18}, {Start: 19, End: 23}},
			[]string{"after", "World", "War", "I", ".", "Then"}},
		{"initial inside a sentence", "Donald J. Trump spoke.", []normalize.Span{{Start: 0, End: 22}},
			[]string{"Donald", "J.", "Trump", "spoke", "."}},
		{"acronym at a sentence end", "met the U.S.", []normalize.Span{{Start: 0, End: 12}},
			[]string{"met", "the", "U.S."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range tokenize(tt.text, tt.sentences) {
				got = append(got, tt.text[tok.start:tok.end])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("tokenize(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFoldKey(t *testing.T) {
	tests := map[string]string{"Türkiye": "turkiye", "Iran’s": "iran's", "Élysée": "elysee", "US": "us", "iran": "iran"}
	for in, want := range tests {
		if got := foldKey(in); got != want {
			t.Errorf("foldKey(%q) = %q, want %q", in, got, want)
		}
	}
}
