package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// render prints expressions compactly: "text=value/precision" joined by "; ".
func render(exprs []Expr) string {
	var parts []string
	for _, e := range exprs {
		parts = append(parts, fmt.Sprintf("%s=%s/%s", e.Text, e.Value, e.Precision))
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	// 2025-04-16 is a Wednesday.
	anchor := date("2025-04-16")
	tests := []struct {
		name   string
		text   string
		anchor time.Time
		want   string
	}{
		// Absolute expressions.
		{"month day year", "The first round took place in Oman on April 12, 2025, ending well.", anchor, "April 12, 2025=2025-04-12/day"},
		{"day month year", "They met on 12 April 2025 in Muscat.", anchor, "12 April 2025=2025-04-12/day"},
		{"month year", "In April 2025 the talks resumed.", anchor, "April 2025=2025-04/month"},
		{"bare year", "Relations broke down in 2018.", anchor, "2018=2018/year"},
		{"abbreviated month with dot", "Talks on Apr. 12, 2025 went well.", anchor, "Apr. 12, 2025=2025-04-12/day"},
		{"abbreviated month without year", "Talks on Apr. 12 went well.", anchor, "Apr. 12=2025-04-12/day"},
		{"iso with one-digit day", "### [2015-04-2](/news/2015/04/2/index.md)", anchor, "2015-04-2=2015-04-02/day"},
		{"deadline", "The deadline for a full deal is June 30, 2015.", anchor, "June 30, 2015=2015-06-30/day"},
		{"mid month", "A new round is expected in mid-June 2025.", anchor, "mid-June 2025=2025-06/month"},
		{"year as modifier", "decades of enmity since the 1979 Islamic Revolution", anchor, "1979=1979/year"},
		{"line break inside date", "the national emergency declared on November\n14, 1979, and", anchor, "November\n14, 1979=1979-11-14/day"},
		{"ordinal", "signed on the 14th of July, 2015 in Vienna", anchor, "14th of July, 2015=2015-07-14/day"},
		{"late year", "Sanctions were lifted in late 2015.", anchor, "late 2015=2015/year"},
		{"mid year", "The program was paused by mid-2003.", anchor, "mid-2003=2003/year"},
		{"year range", "the Iran–Iraq War (1980–1988) ended", anchor, "1980=1980/year; 1988=1988/year"},
		{"old year after preposition", "Tehran became the capital in 1786.", anchor, "1786=1786/year"},
		{"iso month", "Figures for 2025-03 show a rise.", anchor, "2025-03=2025-03/month"},
		{"an abbreviated month after its day", "7 Jun - Abiy Ahmed arrives in Khartoum.", anchor, "7 Jun=2024-06-07/day"},
		{"range of days without a year, month first", "July 15-16 - Biden visits Saudi Arabia.", anchor, "July 15-16=2024-07-15/day"},
		{"range of days without a year", "10-11 March - Annan holds two rounds of talks in Damascus.", anchor, "10-11 March=2025-03-10/day"},
		{"range of days written month first", "Jan. 23-24, 2017 - The first round is held in Astana.", anchor, "Jan. 23-24, 2017=2017-01-23/day"},
		{"range whose end has the year", "The conference runs from August 1 to August 26, 2022, in New York.", anchor, "August 1=2022-08-01/day; August 26, 2022=2022-08-26/day"},
		{"range of days before their months whose end has the year", "It was held from 30 October to 1 November 1991 in Madrid.", anchor, "30 October=1991-10-30/day; 1 November 1991=1991-11-01/day"},
		{"range over a new year whose end has the year", "It sat from 28 December to 2 January 1992.", anchor, "28 December=1991-12-28/day; 2 January 1992=1992-01-02/day"},
		{"range of months with the year at the end", "a conference held in Montreux in January and February 2014.", anchor, "January=2014-01/month; February 2014=2014-02/month"},
		{"range of months between", "Talks ran between March and May 2019 in Doha.", anchor, "March=2019-03/month; May 2019=2019-05/month"},
		{"range of months over a new year", "from December to February 2015 the siege held", anchor, "December=2014-12/month; February 2015=2015-02/month"},
		{"range of days with the year at the end", "Talks were held March 3–5, 2015 in Geneva.", anchor, "March 3–5, 2015=2015-03-03/day"},
		{"range of days of one month, with a dash", "A referendum was held from 20–22 April 2019.", anchor, "20–22 April 2019=2019-04-20/day"},
		{"range of days of one month, with a hyphen", "voting on 20-22 April 2019 in Egypt", anchor, "20-22 April 2019=2019-04-20/day"},
		{"range of days of one month, in words", "Talks ran between 3 and 5 March 2015 in Geneva.", anchor, "3 and 5 March 2015=2015-03-03/day"},
		{"a day followed by an unrelated year is resolved by tense", "They met on April 12 and 2015 was long past.", anchor, "April 12=2025-04-12/day; 2015=2015/year"},

		// Relative expressions.
		{"today", "Mr. Sullivan met the minister today.", anchor, "today=2025-04-16/day"},
		{"yesterday", "Yesterday, Iran said it would attend.", anchor, "Yesterday=2025-04-15/day"},
		{"tomorrow possessive", "who was slated to participate in tomorrow’s talks", anchor, "tomorrow=2025-04-17/day"},
		{"tonight", "Tonight, Israel took unilateral action against Iran.", anchor, "Tonight=2025-04-16/day"},
		{"earlier in the day", "The signing follows a meeting at the White House earlier in the day.", anchor, "earlier in the day=2025-04-16/day"},
		{"later in the day", "He met the king later in the day.", anchor, "later in the day=2025-04-16/day"},
		{"last night", "The group met last night in Munich.", anchor, "last night=2025-04-15/day"},
		{"this morning", "The President this morning opened the conference.", anchor, "this morning=2025-04-16/day"},
		{"past weekday", "The two envoys met on Saturday in Muscat.", anchor, "Saturday=2025-04-12/day"},
		{"future weekday scheduled", "nuclear talks that were scheduled to take place in Oman on Sunday", anchor, "Sunday=2025-04-20/day"},
		{"future weekday will", "The delegations will meet again on Saturday.", anchor, "Saturday=2025-04-19/day"},
		{"future weekday after a passive", "Iran will be invited to talks in Vienna on Friday.", anchor, "Friday=2025-04-18/day"},
		{"past weekday after a passive", "Iran was invited to talks in Vienna on Friday.", anchor, "Friday=2025-04-11/day"},
		{"weekday is the anchor day", "Araghchi spoke to reporters on Wednesday.", anchor, "Wednesday=2025-04-16/day"},
		{"next weekday", "A second round is planned for next Saturday.", anchor, "next Saturday=2025-04-19/day"},
		{"next weekday same as anchor", "They reconvene next Wednesday.", anchor, "next Wednesday=2025-04-23/day"},
		{"last weekday", "Talks collapsed last Wednesday.", anchor, "last Wednesday=2025-04-09/day"},
		{"weekday without preposition", "Iran said Friday it would not negotiate.", anchor, "Friday=2025-04-11/day"},
		{"earlier this month", "Earlier this month, the envoy visited Oman.", anchor, "Earlier this month=2025-04/month"},
		{"last month", "Sanctions were imposed last month.", anchor, "last month=2025-03/month"},
		{"last year", "the Joint Comprehensive Plan of Action (JCPOA), last year.", anchor, "last year=2024/year"},
		{"next year", "Elections are due next year.", anchor, "next year=2026/year"},
		{"days ago", "Three days ago the navy seized a tanker.", anchor, "Three days ago=2025-04-13/day"},
		{"years ago in two number words", "Thirty-five years ago, the two leaders met in Reykjavik.", anchor, "Thirty-five years ago=1990/year"},
		{"anniversary years ago today", "Ten years ago today, the ministers signed a treaty.", anchor, "Ten years ago today=2015-04-16/day"},
		{"anniversary to the day", "It was 20 years ago to the day that the accord was signed.", anchor, "20 years ago to the day=2005-04-16/day"},
		{"in bare month past", "Iran halted negotiations since June, it has accelerated", date("2021-10-30"), "June=2021-06/month"},
		{"in bare month from later year", "In June, after Iran refused to reach a deal, Trump acted.", date("2026-02-06"), "June=2025-06/month"},
		{"bare month future", "Talks will resume in June.", anchor, "June=2025-06/month"},
		{"month day without year past", "On February 28, the President ordered the Joint Force to act.", date("2026-04-08"), "February 28=2026-02-28/day"},
		{"month day without year crosses the year", "The ships were seized on Dec. 28.", date("2026-01-03"), "Dec. 28=2025-12-28/day"},
		{"day month without year", "the attack of 13 April was condemned", anchor, "13 April=2025-04-13/day"},
		{"month day of the week before, told in the present", "The President is paying a state visit from April 14 to 18.", anchor, "April 14=2025-04-14/day"},
		{"month day well before, told in the future", "The summit will open on April 2.", anchor, "April 2=2026-04-02/day"},

		// Kept raw.
		{"indefinite weekday", "Iranian leaders announced on a Friday that talks were off.", anchor, "a Friday=/unknown"},
		{"indefinite weekday statement", "articulated a similar sentiment in a Wednesday statement", anchor, "a Wednesday=/unknown"},
		{"last week has no precision", "Tankers were attacked last week.", anchor, "last week=/unknown"},
		{"no anchor relative", "The envoys met today.", time.Time{}, "today=/unknown"},
		{"no anchor weekday", "The envoys met on Saturday.", time.Time{}, "Saturday=/unknown"},
		{"no anchor month day", "Talks on April 12 went well.", time.Time{}, "April 12=/unknown"},
		{"no anchor absolute still resolves", "Talks on April 12, 2025 went well.", time.Time{}, "April 12, 2025=2025-04-12/day"},

		// Not dates.
		{"modal may", "May this be the beginning of peace.", anchor, ""},
		{"verb march", "Protesters march on the embassy.", anchor, ""},
		{"executive order number", "by Executive Order 12170, the President", anchor, ""},
		{"code section", "(50 U.S.C. 1701 et seq.)", anchor, ""},
		{"quantity", "more than 2000 centrifuges were installed", anchor, ""},
		{"count noun", "Iran deployed 2000 troops.", anchor, ""},
		{"thousands separator", "Over 10,200 total air sorties flown", anchor, ""},
		{"old number without preposition", "The regime fired 1500 rounds", anchor, ""},
		{"path", "see /news/2015/04/2/index.md", anchor, ""},
		{"plural weekday", "Protests happen on Fridays.", anchor, ""},
		{"decade", "In the 1980s the war raged.", anchor, ""},
		{"clock time", "The meeting began at 10:30.", anchor, ""},
		{"invalid day", "on February 30, 2025", anchor, "2025=2025/year"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(Find(tt.text, tt.anchor))
			if got != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindOffsets(t *testing.T) {
	text := "Talks on “April 12, 2025” in Muscat; more on Sunday."
	for _, e := range Find(text, date("2025-04-16")) {
		if text[e.Start:e.End] != e.Text {
			t.Errorf("text[%d:%d] = %q, want %q", e.Start, e.End, text[e.Start:e.End], e.Text)
		}
	}
}

func TestSlashDates(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{"month first made clear by a day above 12", "([6/17/25](x)) and ([4/11/25](y))", "6/17/25=2025-06-17/day; 4/11/25=2025-04-11/day"},
		{"day first made clear by a day above 12", "on 17/6/2025 and 4/11/2025", "17/6/2025=2025-06-17/day; 4/11/2025=2025-11-04/day"},
		{"no evidence stays raw", "on 4/11/25 and 5/6/25", "4/11/25=/unknown; 5/6/25=/unknown"},
		{"contradicting evidence stays raw", "on 6/17/25 and 17/6/25", "6/17/25=/unknown; 17/6/25=/unknown"},
		{"part of a path is ignored", "/news/2015/04/2/index.md", ""},
		{"two-digit year before 1950 is 19xx", "(12/25/79)", "12/25/79=1979-12-25/day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(Find(tt.text, date("2025-06-17")))
			if got != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindIsDeterministic(t *testing.T) {
	text := "On Friday, after April 12, 2025 and 6/17/25, talks resumed in mid-June 2025 and today."
	first := render(Find(text, date("2025-06-20")))
	for range 20 {
		if got := render(Find(text, date("2025-06-20"))); got != first {
			t.Fatalf("Find changed between runs: got %q, want %q", got, first)
		}
	}
}

func TestExprTime(t *testing.T) {
	tests := []struct {
		expr Expr
		want string
		ok   bool
	}{
		{Expr{Value: "2025-04-12", Precision: Day}, "2025-04-12", true},
		{Expr{Value: "2025-04", Precision: Month}, "2025-04-01", true},
		{Expr{Value: "1979", Precision: Year}, "1979-01-01", true},
		{Expr{Precision: Unknown}, "0001-01-01", false},
	}
	for _, tt := range tests {
		t.Run(tt.expr.Value+"/"+string(tt.expr.Precision), func(t *testing.T) {
			got, ok := tt.expr.Time()
			if got.Format("2006-01-02") != tt.want || ok != tt.ok {
				t.Errorf("Time() = %s, %v, want %s, %v", got.Format("2006-01-02"), ok, tt.want, tt.ok)
			}
		})
	}
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("The first round of talks between Iran and the U.S. took place in Oman on April 12, 2025, "+
		"and talks that were scheduled for Sunday were called off on a Friday; since the 1979 Islamic Revolution ([6/17/25](x)). ", 50)
	anchor := date("2025-06-17")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, anchor)
	}
}
