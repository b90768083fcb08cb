package extract

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/kg-project/kg/ingest/timex"
)

// builtinCatalog is the curated catalog shipped with the package.
//
//go:embed catalog/*.json
var builtinCatalog embed.FS

// catalogFile is the on-disk form of a catalog file. Users write the same
// form for Options.ExtraCatalog.
type catalogFile struct {
	Version  string         `json:"version"`
	Entities []catalogEntry `json:"entities"`
}

// catalogEntry is one known entity.
type catalogEntry struct {
	// ID defaults to "<type>:<slug of name>", the id a detected entity of
	// the same name would get, so catalog and detection agree.
	ID      string   `json:"id,omitempty"`
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	// Surnames (people only) resolve when written alone after a title
	// ("Senator Rubio") or after the full name in the same document. They
	// default to the last word of the name.
	Surnames []string `json:"surnames,omitempty"`
	// Known (people only): the surnames are unambiguous enough in this
	// domain to match with no title and no full name ("Trump", "Putin").
	Known bool `json:"known,omitempty"`
	// Demonyms (countries only) are adjectives and nationality nouns.
	Demonyms []string `json:"demonyms,omitempty"`
	// Metonyms (countries only) are names of a place written for the state
	// ("Washington"); in a place phrase ("in Washington") they are not.
	Metonyms []string `json:"metonyms,omitempty"`
	// CapitalOf (places only) is the id of the country the place is the
	// capital of; it implies LocatedIn and makes the place a metonym hint
	// for that country.
	CapitalOf string `json:"capitalOf,omitempty"`
	// LocatedIn (places only) is the id of the place or country holding it.
	LocatedIn string `json:"locatedIn,omitempty"`
	// Sides (events and agreements) are the ids of the states and groups
	// that fought a war, carried out an operation or are parties to an
	// agreement; a sentence naming the event or agreement and one of them
	// relates the two (events_known_sides.go).
	Sides []string `json:"sides,omitempty"`
	// Attacks (events only) are who attacked whom in the event: the
	// Anglo-Soviet invasion of Iran was Britain's and the Soviet Union's
	// attack on Iran. A mention of the event relates each pair when the
	// document names both (events_known_sides.go). Wars have none: their
	// names say who fought, not who attacked.
	Attacks []catalogAttack `json:"attacks,omitempty"`
	// FoughtIn (events only) are the ids of the states and places a war
	// was fought in: "the war in Syria" of a text of the war's years is
	// the Syrian civil war (events_wars_in.go).
	FoughtIn []string `json:"foughtIn,omitempty"`
	// Affiliations (people only) are the ids of the parties and groups a
	// person led or belonged to; a sentence naming the person and one of
	// them relates the two (relations_members_known.go).
	Affiliations []string `json:"affiliations,omitempty"`
	// Date (events and agreements) is when the event began or the
	// agreement was signed or adopted, as YYYY, YYYY-MM or YYYY-MM-DD: the
	// day for an event of one day, the year for one that lasted longer. It
	// dates the entity when the document does not (events_catalog_dates.go).
	Date        string `json:"date,omitempty"`
	Wikidata    string `json:"wikidata,omitempty"`
	Description string `json:"description,omitempty"`
}

// catalogAttack is one attacker and its target, both catalog ids.
type catalogAttack struct {
	By string `json:"by"`
	On string `json:"on"`
}

// entityTypes is the closed list of entity types, with their id prefixes.
var entityTypes = map[string]string{
	"Person":       "person",
	"Organization": "organization",
	"Country":      "country",
	"Place":        "place",
	"Agreement":    "agreement",
	"Event":        "event",
}

// catalog is the loaded, validated catalog.
type catalog struct {
	version string
	entries []catalogEntry
	byID    map[string]int
}

// loadCatalog reads the built-in catalog and the extra files. Its version
// is the declared versions plus a digest of every file's bytes, so editing
// the data without bumping the version still changes content hashes.
func loadCatalog(extra []string) (*catalog, error) {
	c := &catalog{byID: map[string]int{}}
	digest := sha256.New()
	var versions []string
	names, err := fs.Glob(builtinCatalog, "catalog/*.json")
	if err != nil {
		return nil, fmt.Errorf("list built-in catalog: %w", err)
	}
	sort.Strings(names)
	// Built-in files first, then the user's, each adding to the version.
	load := func(name string, read func(string) ([]byte, error)) error {
		data, err := read(name)
		if err != nil {
			return fmt.Errorf("read catalog %s: %w", name, err)
		}
		v, err := c.add(name, data)
		if err != nil {
			return err
		}
		versions = append(versions, path.Base(name)+"@"+v)
		digest.Write(data)
		return nil
	}
	for _, name := range names {
		if err := load(name, builtinCatalog.ReadFile); err != nil {
			return nil, err
		}
	}
	for _, name := range extra {
		if err := load(name, os.ReadFile); err != nil {
			return nil, err
		}
	}
	c.version = strings.Join(versions, ",") + "+" + hex.EncodeToString(digest.Sum(nil))[:12]
	return c, nil
}

// add validates one file's entries and appends them.
func (c *catalog) add(file string, data []byte) (string, error) {
	var f catalogFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return "", fmt.Errorf("parse catalog %s: %w", file, err)
	}
	for i, e := range f.Entities {
		e, err := normalizeEntry(e)
		if err != nil {
			return "", fmt.Errorf("catalog %s: entry %d (%q): %w", file, i, e.Name, err)
		}
		if prev, dup := c.byID[e.ID]; dup {
			return "", fmt.Errorf("catalog %s: entry %d (%q): id %s already used by %q", file, i, e.Name, e.ID, c.entries[prev].Name)
		}
		c.byID[e.ID] = len(c.entries)
		c.entries = append(c.entries, e)
	}
	return f.Version, nil
}

// reWikidataID is a Wikidata item id.
var reWikidataID = regexp.MustCompile(`^Q[1-9][0-9]*$`)

// normalizeEntry checks an entry and fills its defaults.
func normalizeEntry(e catalogEntry) (catalogEntry, error) {
	e.Name = strings.TrimSpace(e.Name)
	if e.Name == "" {
		return e, fmt.Errorf("empty name")
	}
	prefix, ok := entityTypes[e.Type]
	if !ok {
		return e, fmt.Errorf("unknown type %q", e.Type)
	}
	if e.ID == "" {
		e.ID = prefix + ":" + slug(e.Name)
	}
	if !strings.HasPrefix(e.ID, prefix+":") || len(e.ID) == len(prefix)+1 {
		return e, fmt.Errorf("id %q does not start with %q", e.ID, prefix+":")
	}
	if e.Type != "Event" && len(e.Attacks) > 0 {
		return e, fmt.Errorf("attacks are for events only")
	}
	if e.Type != "Event" && e.Type != "Agreement" && e.Date != "" {
		return e, fmt.Errorf("date is for events and agreements only")
	}
	if e.Wikidata != "" && !reWikidataID.MatchString(e.Wikidata) {
		return e, fmt.Errorf("wikidata %q: want an item id such as Q794", e.Wikidata)
	}
	if _, _, ok := timex.ParseValue(e.Date); e.Date != "" && !ok {
		return e, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", e.Date)
	}
	for _, a := range e.Attacks {
		if a.By == "" || a.On == "" || a.By == a.On {
			return e, fmt.Errorf("attack %q on %q: want two different ids", a.By, a.On)
		}
	}
	if e.Type != "Person" && (len(e.Surnames) > 0 || e.Known || len(e.Affiliations) > 0) {
		return e, fmt.Errorf("surnames, known and affiliations are for people only")
	}
	if e.Type != "Country" && (len(e.Demonyms) > 0 || len(e.Metonyms) > 0) {
		return e, fmt.Errorf("demonyms and metonyms are for countries only")
	}
	if e.Type != "Place" && (e.CapitalOf != "" || e.LocatedIn != "") {
		return e, fmt.Errorf("capitalOf and locatedIn are for places only")
	}
	if e.Type != "Event" && e.Type != "Agreement" && len(e.Sides) > 0 {
		return e, fmt.Errorf("sides are for events and agreements only")
	}
	if e.Type != "Event" && len(e.FoughtIn) > 0 {
		return e, fmt.Errorf("foughtIn is for events only")
	}
	if e.CapitalOf != "" && e.LocatedIn == "" {
		e.LocatedIn = e.CapitalOf
	}
	for _, list := range [][]string{e.Aliases, e.Surnames, e.Demonyms, e.Metonyms} {
		for _, a := range list {
			if strings.TrimSpace(a) == "" {
				return e, fmt.Errorf("empty alias")
			}
		}
	}
	if e.Type == "Person" && len(e.Surnames) == 0 {
		if s := lastNameWord(e.Name); s != "" {
			e.Surnames = []string{s}
			// "Hafez al-Assad" is "Assad" too, as texts write him after
			// his full name.
			if bare, ok := withoutArticle(s); ok {
				e.Surnames = append(e.Surnames, bare)
			}
		}
	}
	return e, nil
}

// withoutArticle is a family name without its Arabic article, "Assad"
// for "al-Assad", when what is left is a name of its own (capitalised,
// three letters or more).
func withoutArticle(s string) (string, bool) {
	for _, art := range []string{"al-", "Al-", "el-", "El-"} {
		if rest, ok := strings.CutPrefix(s, art); ok && len(rest) >= 3 && unicode.IsUpper([]rune(rest)[0]) {
			return rest, true
		}
	}
	return "", false
}

// checkRefs verifies that every id an entry points at exists, once all
// files are loaded (an extra file may point into the built-in one).
func (c *catalog) checkRefs() error {
	for _, e := range c.entries {
		refs := append(append(append([]string{e.CapitalOf, e.LocatedIn}, e.Sides...), e.Affiliations...), e.FoughtIn...)
		for _, a := range e.Attacks {
			refs = append(refs, a.By, a.On)
		}
		for _, ref := range refs {
			if ref == "" {
				continue
			}
			if _, ok := c.byID[ref]; !ok {
				return fmt.Errorf("catalog entry %q: unknown id %s", e.Name, ref)
			}
		}
	}
	return nil
}

// nameSuffixes follow a surname and are not one: the numerals of rulers
// too, or the pronoun "I" would be Selim I.
var nameSuffixes = map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true,
	"i": true, "ii": true, "iii": true, "iv": true, "v": true, "vi": true, "vii": true, "viii": true}

// lastNameWord is the last word of a person's name that is not a suffix.
func lastNameWord(name string) string {
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == ',' })
	for i := len(words) - 1; i >= 0; i-- {
		if !nameSuffixes[strings.ToLower(words[i])] {
			if i == 0 {
				return ""
			}
			return words[i]
		}
	}
	return ""
}

// slug turns a name into the lower-case, dash-separated form used in ids.
func slug(name string) string {
	key := foldKey(name)
	var b strings.Builder
	dash := false
	for _, r := range key {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r > 0x7f && isLetterOrDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' || r == '.' {
			// "Ma'ariv", "U.S." keep their letters together
			continue
		}
		if r == '+' {
			if b.Len() > 0 {
				b.WriteString("-plus")
			}
			dash = true
			continue
		}
		dash = true
	}
	return b.String()
}
