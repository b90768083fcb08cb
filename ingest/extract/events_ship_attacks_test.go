package extract

import "testing"

// TestShipAttacks: a dated attack on a ship, with its doer or the place it
// was hit, is an event; a wave, a threat, a denial, a year or a noun read
// as a verb give none.
func TestShipAttacks(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	tests := []struct {
		name      string
		published string
		lines     []string
		want      []string
	}{
		{"a group attacked a named ship in a sea", "",
			[]string{"On July 6, 2025, the [Houthis|organization:houthis] attacked the bulk carrier Magic Seas in the [Red Sea|place:red-sea]."},
			[]string{"PARTICIPATED_IN organization:houthis event:attack:ship:red-sea:2025-07-06", "HELD_IN event:attack:ship:red-sea:2025-07-06 place:red-sea"}},
		{"a missile fired at a destroyer", "2026-11-29",
			[]string{"The [Houthis|organization:houthis] fired a missile at a [US|country:united-states|demonym] destroyer in the [Red Sea|place:red-sea] on Monday."},
			[]string{"PARTICIPATED_IN organization:houthis event:attack:ship:red-sea:2026-11-23", "HELD_IN event:attack:ship:red-sea:2026-11-23 place:red-sea"}},
		{"two ships, the date last", "",
			[]string{"The [Houthis|organization:houthis] attacked two ships in the [Red Sea|place:red-sea] on July 6, 2025."},
			[]string{"PARTICIPATED_IN organization:houthis event:attack:ship:red-sea:2025-07-06", "HELD_IN event:attack:ship:red-sea:2025-07-06 place:red-sea"}},
		{"a tanker struck by missiles, in the passive", "",
			[]string{"An oil tanker was struck by two missiles in the [Red Sea|place:red-sea] on October 11, 2019."},
			[]string{"HELD_IN event:attack:ship:red-sea:2019-10-11 place:red-sea"}},
		{"attacks on ships, a noun phrase", "",
			[]string{"[Houthi|organization:houthis] attacks on two ships in the [Red Sea|place:red-sea] on July 7, 2025 killed three sailors."},
			[]string{"PARTICIPATED_IN organization:houthis event:attack:ship:red-sea:2025-07-07", "HELD_IN event:attack:ship:red-sea:2025-07-07 place:red-sea"}},
		{"a headline in the present, dated by publication", "2025-07-07",
			[]string{"[Houthis|organization:houthis] attack cargo ship in the [Red Sea|place:red-sea]"},
			[]string{"PARTICIPATED_IN organization:houthis event:attack:ship:red-sea:2025-07-07", "HELD_IN event:attack:ship:red-sea:2025-07-07 place:red-sea"}},
		{"a group claimed responsibility on a day for an attack on a ship", "2025-07-07",
			[]string{"Yemen's [Houthi rebels|organization:houthis] claimed responsibility on Monday for an attack on the Liberian-flagged bulk carrier Magic Seas in the [Red Sea|place:red-sea]."},
			[]string{"PARTICIPATED_IN organization:houthis event:attack:ship:red-sea:2025-07-07", "HELD_IN event:attack:ship:red-sea:2025-07-07 place:red-sea"}},
		{"'attacks' as a noun is no headline verb", "2019-10-11",
			[]string{"Tensions have escalated following attacks in recent months on tankers in the [Strait of Hormuz|place:strait-of-hormuz]."},
			nil},
		{"hit by a wave", "",
			[]string{"The ship was hit by a wave in the [Red Sea|place:red-sea] on July 6, 2025."},
			nil},
		{"a threat to attack", "",
			[]string{"The [Houthis|organization:houthis] threatened to attack ships in the [Red Sea|place:red-sea] on July 6, 2025."},
			nil},
		{"an attack denied", "",
			[]string{"[Iran|country:iran] denied that it attacked two tankers in the [Gulf of Oman|place:gulf-of-oman] on June 13, 2019."},
			nil},
		{"many attacks of a year", "",
			[]string{"In 1987, [Iran|country:iran] attacked tankers in the [Persian Gulf|place:persian-gulf]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, tt.published, tt.lines, types, nil, tt.want)
		})
	}
}
