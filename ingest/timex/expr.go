package timex

import "time"

// Precision says how much of a normalized date is known.
type Precision string

// The precisions of the graph model; Unknown marks an expression that could
// not be resolved, whose Value is empty.
const (
	Day     Precision = "day"
	Month   Precision = "month"
	Year    Precision = "year"
	Unknown Precision = "unknown"
)

// Expr is one date expression found in a text.
type Expr struct {
	Start, End int    // bytes into the text given to Find
	Text       string // the expression as written
	// Value is "2006-01-02", "2006-01" or "2006" following Precision, or ""
	// when the expression could not be resolved.
	Value     string
	Precision Precision
	// Relative is true when the value depends on the anchor (relative
	// expressions, weekdays, dates missing their year).
	Relative bool
	// Inherited is true when the year came from an earlier date of the
	// paragraph, not from an anchor (InheritYears).
	Inherited bool
}

// Resolved reports whether the expression has a normalized value.
func (e Expr) Resolved() bool { return e.Value != "" }

// Time returns the first day the expression covers, and false when it is
// unresolved.
func (e Expr) Time() (time.Time, bool) {
	t, p, ok := ParseValue(e.Value)
	if !ok || p != e.Precision {
		return time.Time{}, false
	}
	return t, true
}

// layouts are the forms of a normalized value, by precision.
var layouts = []struct {
	layout    string
	precision Precision
}{{"2006-01-02", Day}, {"2006-01", Month}, {"2006", Year}}

// ParseValue reads a normalized value written elsewhere ("1975",
// "1968-03", "1968-03-21"), as an Expr's Value would be: the first day it
// covers and its precision, or false when it is no real date of that form.
func ParseValue(v string) (time.Time, Precision, bool) {
	for _, l := range layouts {
		if len(v) != len(l.layout) {
			continue
		}
		if t, err := time.Parse(l.layout, v); err == nil {
			return t, l.precision, true
		}
	}
	return time.Time{}, Unknown, false
}

func dayExpr(t time.Time) (string, Precision) { return t.Format("2006-01-02"), Day }

func monthExpr(y int, m time.Month) (string, Precision) {
	return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01"), Month
}

func yearExpr(y int) (string, Precision) {
	return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006"), Year
}

// validDay reports whether y-m-d is a real calendar day.
func validDay(y int, m time.Month, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d && t.Month() == m
}
