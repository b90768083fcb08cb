package normalize

import (
	"testing"
	"time"

	"github.com/kg-project/kg/ingest/source"
)

func TestResolveDate(t *testing.T) {
	item := func(kind source.Kind, body string) source.Item {
		return source.Item{Locator: "x", Kind: kind, Body: []byte(body)}
	}
	tests := []struct {
		name     string
		item     source.Item
		wantDate string
		wantRaw  string
	}{
		{"dateline", item(source.KindText, "WASHINGTON, April 12, 2025 — The envoys met in Muscat."), "2025-04-12", "April 12, 2025"},
		{"dateline with abbreviated month", item(source.KindText, "MUSCAT, Oman, Apr. 12, 2025 - Talks began."), "2025-04-12", "Apr. 12, 2025"},
		{"date line near the top", item(source.KindHTML, "<p>Press Statement</p><p>July 14, 2026</p><p>The United States acted today.</p>"), "2026-07-14", "July 14, 2026"},
		{"a title with its date on the next line", item(source.KindMarkdown, "Statement on the Talks\nApril 12, 2025\n\nOman hosted talks today."), "2025-04-12", "April 12, 2025"},
		{"a short title with its date on the next line", item(source.KindMarkdown, "News\nJune 28, 2021\n\nIraq hosted a summit today."), "2021-06-28", "June 28, 2021"},
		{"a sentence ending in a date is no title", item(source.KindMarkdown, "The envoys of the two states agreed to meet again in Muscat in the spring, and the third round opened on April 12, 2025\n\nMore."), "", ""},
		{"front matter wins over dateline", item(source.KindMarkdown, "---\ndate: '2025-06-17'\n---\nWASHINGTON, April 12, 2025 — Text."), "2025-06-17", "2025-06-17"},
		{"item metadata wins", source.Item{Locator: "x", Kind: source.KindText, Body: []byte("WASHINGTON, April 12, 2025 — Text."), Published: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), PublishedText: "Tue, 02 Jan 2024"}, "2024-01-02", "Tue, 02 Jan 2024"},
		{"the page's day before a UTC stamp is the day of issue", source.Item{Locator: "x", Kind: source.KindHTML, Body: []byte("<p>Readout</p><p>July 14, 2026</p><p>The Secretary met today with the minister.</p>"), Published: time.Date(2026, 7, 15, 0, 14, 36, 0, time.UTC), PublishedText: "2026-07-15T00:14:36+00:00"}, "2026-07-14", "July 14, 2026"},
		{"the page's own day keeps the stamp", source.Item{Locator: "x", Kind: source.KindHTML, Body: []byte("<p>Readout</p><p>July 15, 2026</p><p>The Secretary met today.</p>"), Published: time.Date(2026, 7, 15, 19, 43, 0, 0, time.UTC), PublishedText: "2026-07-15T19:43:00+00:00"}, "2026-07-15", "2026-07-15T19:43:00+00:00"},
		{"a page's date further back is something else", source.Item{Locator: "x", Kind: source.KindHTML, Body: []byte("<p>Readout</p><p>July 12, 2026</p><p>The Secretary met today.</p>"), Published: time.Date(2026, 7, 15, 0, 14, 0, 0, time.UTC), PublishedText: "2026-07-15T00:14:00+00:00"}, "2026-07-15", "2026-07-15T00:14:00+00:00"},
		{"unparsable item date replaced by a readable dateline", source.Item{Locator: "x", Kind: source.KindText, Body: []byte("WASHINGTON, April 12, 2025 — Text."), PublishedText: "sometime in spring"}, "2025-04-12", "April 12, 2025"},
		{"a place before a day-first date", item(source.KindText, "Title\n\nParis, 15 September 2014\n\nThe conference opened today."), "2014-09-15", "15 September 2014"},
		{"a weekday before the date", item(source.KindText, "Title\n\nSunday, 10 July 2016\n\nThe minister arrived today."), "2016-07-10", "10 July 2016"},
		{"a dotted date and what a dash adds", item(source.KindText, "Title\n\n17.10.2015 - Press release\n\nThe minister arrived today."), "2015-10-17", "17.10.2015"},
		{"a time after a dash", item(source.KindText, "Title\n\n30 August 2018 - 15:40\n\nThe ministers met today."), "2018-08-30", "30 August 2018"},
		{"a place and its venue before the date and a weekday", item(source.KindText, "Title\n\nGeneva, Palais des Nations, Saturday 30 June 2012\n\nThe envoy spoke."), "2012-06-30", "30 June 2012"},
		{"places after the date", item(source.KindText, "Title\n\nAugust 12, 2008, The Kremlin, Moscow\n\nThe presidents spoke."), "2008-08-12", "August 12, 2008"},
		{"a place after a day-first date", item(source.KindText, "Title\n\n26 April 2013, Almaty\n\nThe ministers spoke."), "2013-04-26", "26 April 2013"},
		{"another calendar's date in brackets after the date", item(source.KindText, "Title\n\nAl-Ula, 5 January 2021 (21 Jumada al-Awwal 1442 AH)\n\nThe ministers spoke."), "2021-01-05", "5 January 2021"},
		{"a weekday, a date, a double dash and a place", item(source.KindText, "Title\n\nFriday, October 5, 2001 -- Tashkent, Uzbekistan\n\nThe ministers spoke."), "2001-10-05", "October 5, 2001"},
		{"an encyclopedia's last edit", item(source.KindText, "Title\n\nLast edited on 14 February 2024\n\nThe accords were signed."), "2024-02-14", "14 February 2024"},
		{"a series before a dot and a last edit", item(source.KindText, "Title\n\nFrom the encyclopedia · Last edited 11 April 2024\n\nThe accords were signed."), "2024-04-11", "11 April 2024"},
		{"a series before a bar", item(source.KindText, "Title\n\nCRS Insight | November 15, 2005\n\nThe sanctions were imposed."), "2005-11-15", "November 15, 2005"},
		{"a page's last revision", item(source.KindText, "Timeline of the War\n\nThis article was last revised on 14 April 2002. It lists the main events.\n\n1998\n6 May – Forces clash."), "2002-04-14", "14 April 2002"},
		{"a chronology's first entry is no dateline", item(source.KindText, "Normalisation: a chronology\n\nArmenia and Turkey have had no relations since 1993.\n\n6 September 2008 – Gül visits Yerevan.\n\nAutumn 2008 – Diplomats meet in Switzerland.\n\n22 April 2009 – The ministries announce a road map."), "", ""},
		{"a chronology prepared for the press", item(source.KindText, "Title\n\nChronology prepared for the press, 21 June 2016\n\nThe fighting broke out."), "2016-06-21", "21 June 2016"},
		{"the last of two labels", item(source.KindText, "Title\n\nCompiled by the Africa desk; last updated 22 August 2019\n\nThe talks began."), "2019-08-22", "22 August 2019"},
		{"a date of issue after the issuing section", item(source.KindText, "Background paper\n\nCentral Asia Section. Date of issue: 30 June 2010\n\nOn 7 April protesters stormed the building."), "2010-06-30", "30 June 2010"},
		{"prepared as background", item(source.KindText, "Title\n\nPrepared as background for the press, 23 April 2010\n\nThe talks began."), "2010-04-23", "23 April 2010"},
		{"a compiled chronology", item(source.KindText, "Title\n\nCompiled 17 January 2019\n\nThe council voted."), "2019-01-17", "17 January 2019"},
		{"a kind of note, then when it was brought up to date", item(source.KindText, "Title\n\nBackground chronology, as of 16 October 2008\n\n3 April: leaders met."), "2008-10-16", "16 October 2008"},
		{"two places of an office before the date", item(source.KindText, "Title\n\nNairobi/Brussels, 12 April 2007\n\nThe forces entered."), "2007-04-12", "12 April 2007"},
		{"a date line with the time", item(source.KindText, "Title\n\nThe White House\n\nAugust 8, 2025, 4:37 P.M. EDT\n\nThe leaders spoke."), "2025-08-08", "August 8, 2025"},
		{"a slashed date whose day says which", item(source.KindText, "Title\n\nBrussels, 16/03/2015\n\nThe envoy was appointed today."), "2015-03-16", "16/03/2015"},
		{"a slashed date either way round is none", item(source.KindText, "Title\n\nBrussels, 03/04/2015\n\nThe envoy was appointed today."), "", ""},
		{"the Gregorian day a Hijri one is given with", item(source.KindText, "Title\n\nJeddah, 22 Shawwal 1444 H, corresponding to 12 May 2023\n\nThe sides signed today."), "2023-05-12", "12 May 2023"},
		{"a published line among a release's head lines", item(source.KindText, "Title\n\nPress release\nFrom: Foreign Office and The Rt Hon James Cleverly MP\nPublished 10 October 2022\n\nThe UK acted today."), "2022-10-10", "10 October 2022"},
		{"a date line over a team's name", item(source.KindText, "Title\n\nBrussels, 23.02.2026\nPress and information team of the Delegation to Syria\n\nThe minister met today."), "2026-02-23", "23.02.2026"},
		{"a dateline written day first", item(source.KindText, "ISTANBUL, 20 November 2003 - Two truck bombs exploded."), "2003-11-20", "20 November 2003"},
		{"a day-first date opening the story", item(source.KindText, "Title\n\n21 September 2017 – Responding to a request, the Council acted."), "2017-09-21", "21 September 2017"},
		{"a comma between month and year", item(source.KindText, "Title\n\nAlgiers - Asharq Al-Awsat\nFriday, 13 December, 2019\n\nText."), "2019-12-13", "13 December 2019"},
		{"a place in title case before the date and a double dash", item(source.KindText, "Title\n\nRamallah, April 14, 2002 -- Secretary of State Colin Powell met Arafat."), "2002-04-14", "April 14, 2002"},
		{"a date opening the story before a double dash", item(source.KindText, "Title\n\nJune 17, 2020 -- Secretary Pompeo today announced designations."), "2020-06-17", "June 17, 2020"},
		{"a numeric day opening the story", item(source.KindText, "Title\n\n2019-09-14 — Drones struck two oil facilities before dawn."), "2019-09-14", "2019-09-14"},
		{"a weekday in brackets after the opening date", item(source.KindText, "Title\n\nJuly 19, 2019 (Friday) – Iran's Guard seizes a tanker in the Strait of Hormuz."), "2019-07-19", "July 19, 2019"},
		{"a day that is none", item(source.KindText, "Title\n\nBrussels, 31.02.2015\n\nText."), "", ""},
		{"dates deep in the text do not date the document", item(source.KindText, "Talks went on.\n\nMore.\n\nMore.\n\nMore.\n\nMore.\n\nMore.\n\nMore.\n\nMore.\n\nMay 1, 2020"), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Normalize(tt.item)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if !d.Published.IsZero() {
				got = d.Published.Format("2006-01-02")
			}
			if got != tt.wantDate || d.PublishedText != tt.wantRaw {
				t.Errorf("got %q (raw %q), want %q (raw %q)", got, d.PublishedText, tt.wantDate, tt.wantRaw)
			}
		})
	}
}

// TestRevisedPage: a line naming the page's last revision near its top
// marks a reference page; a news item's "Updated" or a publication line
// does not.
func TestRevisedPage(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"last edited", "Title\n\nLast edited 15 July 2025\n\nThe coup failed.", true},
		{"a series before a dot", "Title\n\nFrom the encyclopedia · Last revised on 11 April 2024\n\nThe accords were signed.", true},
		{"a note of the last revision", "Timeline\n\nThis article was last modified on 14 April 2002. It lists events.", true},
		{"published", "Title\n\nPublished 10 October 2022\n\nThe UK acted today.", false},
		{"updated", "Title\n\nUpdated 10 October 2022\n\nThe UK acted today.", false},
		{"a revision told in the text", "Title\n\nThe talks began.\n\nThe text was last edited by the clerks before the vote.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Normalize(source.Item{Locator: "x", Kind: source.KindText, Body: []byte(tt.body)})
			if err != nil {
				t.Fatal(err)
			}
			if d.Revised != tt.want {
				t.Errorf("Revised = %v, want %v", d.Revised, tt.want)
			}
		})
	}
}
