package extract

import "testing"

// TestAgentsInEvents: the agent of a passive deed done in a named event
// took part in it; an agent of a deed before another event, a demonym, or
// a deed denied gives nothing.
func TestAgentsInEvents(t *testing.T) {
	const rev = "event:ramadan-revolution"
	checkEventCases(t, []string{"PARTICIPATED_IN"}, []eventCase{
		{"overthrown and shot by a party in the revolution", "",
			[]string{"[Qasim|person:qasim] was himself overthrown and shot by the [Ba'ath Party|organization:baath] in the [Ramadan Revolution|" + rev + "] of February 1963."},
			nil,
			[]string{"PARTICIPATED_IN organization:baath " + rev}},
		{"taken by a state during the war", "",
			[]string{"The town was taken by [Israel|country:israel] during the [Six-Day War|event:six-day-war]."},
			nil,
			[]string{"PARTICIPATED_IN country:israel event:six-day-war"}},
		{"an agent, then a time before the event", "",
			[]string{"The town was taken by [Israel|country:israel] a year after the [Six-Day War|event:six-day-war]."},
			nil,
			nil},
		{"a deed denied", "",
			[]string{"The town was never taken by [Israel|country:israel] in the [Six-Day War|event:six-day-war]."},
			nil,
			nil},
	})
}
