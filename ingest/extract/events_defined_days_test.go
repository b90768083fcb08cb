package extract

import "testing"

// TestDefinedDays: a sentence that opens with an event and defines it
// dates the event by the day its participle brings, past the war a battle
// was part of and past an aside; a year from the name becomes that day;
// a date no participle brings dates nothing.
func TestDefinedDays(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"fought on, past the war it was part of",
			"The Battle of Quornwa was the decisive engagement of the First Italo-Ethiopian War, fought on 1 March 1896 in the hills around the town of Quornwa.",
			"Battle of Quornwa", "1896-03-01", "day"},
		{"held from, the year of the name made a day",
			"The Madrid Conference of 1991, formally the Middle East Peace Conference, was a peace conference held at the Royal Palace in Madrid, Spain, from 30 October to 1 November 1991.",
			"Madrid Conference of 1991", "1991-10-30", "day"},
		{"carried out on, past by whom and where",
			"Operation Entebbe, code-named Operation Thunderbolt, was a hostage-rescue mission carried out by commandos of the Israel Defense Forces (IDF) at Entebbe International Airport in Uganda on 4 July 1976. In 1977 a film told of Operation Entebbe.",
			"Operation Entebbe", "1976-07-04", "day"},
		{"no participle brings the date",
			"The Battle of Quornwa was a defeat that Italy avenged in 1935.",
			"Battle of Quornwa", "", ""},
	})
}
