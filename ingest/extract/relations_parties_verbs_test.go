package extract

import "testing"

// TestPartiesAgreedTo: agreeing to carry out or accepting a named
// agreement makes a party; urging, planning or refusing does not.
func TestPartiesAgreedTo(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"two states agreed to implement", []string{
			"[Israel|country:israel] and [Lebanon|country:lebanon] agreed to implement the [Taif Agreement|agreement:taif-agreement]."},
			[]string{"PARTY_TO country:israel agreement:taif-agreement", "PARTY_TO country:lebanon agreement:taif-agreement"}},
		{"committed to fully implementing", []string{
			"[Hamas|organization:hamas] has committed to fully implementing the [Gaza Peace Plan|agreement:gaza-peace-plan]."},
			[]string{"PARTY_TO organization:hamas agreement:gaza-peace-plan"}},
		{"implemented", []string{
			"[Israel|country:israel] has fully implemented the [Trilateral Framework|agreement:trilateral-framework]."},
			[]string{"PARTY_TO country:israel agreement:trilateral-framework"}},
		{"began implementing", []string{
			"[Iran|country:iran] began implementing the [Joint Comprehensive Plan of Action|agreement:jcpoa] in January."},
			[]string{"PARTY_TO country:iran agreement:jcpoa"}},
		{"support for a state as it implements", []string{
			"The Secretary reaffirmed [U.S.|country:united-states] support for [Lebanon|country:lebanon] as it implements the [Trilateral Framework|agreement:trilateral-framework]."},
			[]string{"PARTY_TO country:lebanon agreement:trilateral-framework"}},
		{"will implement is a promise", []string{
			"[Iran|country:iran] will implement the [Joint Comprehensive Plan of Action|agreement:jcpoa]."},
			nil},
		{"did not implement", []string{
			"[Iran|country:iran] did not implement the [Joint Comprehensive Plan of Action|agreement:jcpoa]."},
			nil},
		{"urged another to implement", []string{
			"The [European Union|organization:eu] urged [Iran|country:iran] to implement the [Joint Comprehensive Plan of Action|agreement:jcpoa]."},
			nil},
		{"accepted", []string{
			"[Iran|country:iran] accepted the [Joint Comprehensive Plan of Action|agreement:jcpoa] in 2015."},
			[]string{"PARTY_TO country:iran agreement:jcpoa"}},
		{"a person's acceptance is not a party", []string{
			"[Ali Khamenei|person:ali-khamenei] accepted the [Joint Comprehensive Plan of Action|agreement:jcpoa]."},
			nil},
		{"urged to implement", []string{
			"[France|country:france] urged [Iran|country:iran] to implement the [Joint Comprehensive Plan of Action|agreement:jcpoa]."},
			nil},
		{"refused to accept", []string{
			"[Iran|country:iran] refused to accept the [Joint Comprehensive Plan of Action|agreement:jcpoa]."},
			nil},
		{"will agree to implement", []string{
			"[Iran|country:iran] will agree to implement the [Joint Comprehensive Plan of Action|agreement:jcpoa] if sanctions end."},
			nil},
		{"a council that approved a plan is no party", []string{
			"The [UN Security Council|organization:unsc] approved the [Gaza Peace Plan|agreement:gaza-peace-plan]."},
			nil},
		{"efforts by a state to implement", []string{
			"Despite good faith efforts by the [United States|country:united-states] to implement the [Memorandum of Understanding|agreement:mou], talks stalled."},
			[]string{"PARTY_TO country:united-states agreement:mou"}},
		{"a state's steps to implement", []string{
			"[Iran|country:iran]'s concrete steps to implement the [Joint Comprehensive Plan of Action|agreement:jcpoa] were welcomed."},
			[]string{"PARTY_TO country:iran agreement:jcpoa"}},
		{"calls by a state to implement", []string{
			"Calls by [France|country:france] to implement the [Joint Comprehensive Plan of Action|agreement:jcpoa] went unheard."},
			nil},
		{"a state urged to implement by others' efforts", []string{
			"Efforts to persuade [Iran|country:iran] to implement the [Joint Comprehensive Plan of Action|agreement:jcpoa] failed."},
			nil},
		{"the accord, signed by two sides", []string{
			"The [Oslo Accords|agreement:oslo-accords], signed by [Israel|country:israel] and the [PLO|organization:plo] in 1993, created the authority."},
			[]string{"PARTY_TO country:israel agreement:oslo-accords", "PARTY_TO organization:plo agreement:oslo-accords"}},
		{"signed by two leaders: the states they serve", []string{
			"The [Camp David Accords|agreement:camp-david] were signed by [Egyptian|country:egypt|demonym] President [Anwar Sadat|person:sadat|title=President] and [Israeli|country:israel|demonym] Prime Minister [Menachem Begin|person:begin|title=Prime Minister] in 1978."},
			[]string{"PARTY_TO country:egypt agreement:camp-david", "PARTY_TO country:israel agreement:camp-david"}},
		{"an agreement described, then signed by its parties' leaders", []string{
			"The [Camp David Accords|agreement:camp-david] were a pair of political agreements signed by [Egyptian|country:egypt|demonym] President [Anwar Sadat|person:sadat|title=President] and [Israeli|country:israel|demonym] Prime Minister [Menachem Begin|person:begin|title=Prime Minister] in 1978."},
			[]string{"PARTY_TO country:egypt agreement:camp-david", "PARTY_TO country:israel agreement:camp-david"}},
		{"a document signed in a place set off by commas, by representatives of its parties", []string{
			"The [Bishkek Protocol|agreement:bishkek-protocol] is a document signed in [Bishkek|place:bishkek], the capital of [Kyrgyzstan|country:kyrgyzstan], on 5 May 1994 by representatives of [Armenia|country:armenia] and [Azerbaijan|country:azerbaijan]."},
			[]string{"PARTY_TO country:armenia agreement:bishkek-protocol", "PARTY_TO country:azerbaijan agreement:bishkek-protocol"}},
		{"an official name between the parties", []string{
			"The [Arusha Accords|agreement:arusha-accords], officially the Protocol of Arusha between [Rwanda|country:rwanda] and the [Rwandese Patriotic Front|organization:rpf], were signed in 1993."},
			[]string{"PARTY_TO country:rwanda agreement:arusha-accords", "PARTY_TO organization:rpf agreement:arusha-accords"}},
		{"a place's state in apposition is no signer", []string{
			"The [Bishkek Protocol|agreement:bishkek-protocol] is a document signed in [Bishkek|place:bishkek], the capital of [Kyrgyzstan|country:kyrgyzstan], on 5 May 1994."},
			nil},
		{"a body naming the place the sentence opens with signs nothing", []string{
			"In the Aula of the [University of Zurich|organization:uzh], [Armenia|country:armenia] and [Turkey|country:turkey] signed the [Zurich Protocols|agreement:zurich-protocols]."},
			[]string{"PARTY_TO country:armenia agreement:zurich-protocols", "PARTY_TO country:turkey agreement:zurich-protocols"}},
		{"a leader signed with another: the states they serve", []string{
			"[Egyptian|country:egypt|demonym] President [Anwar Sadat|person:sadat|title=President] signed the [Camp David Accords|agreement:camp-david] with [Israeli|country:israel|demonym] Prime Minister [Menachem Begin|person:begin|title=Prime Minister] in 1978."},
			[]string{"PARTY_TO country:egypt agreement:camp-david", "PARTY_TO country:israel agreement:camp-david"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTY_TO"}, nil, tt.want)
		})
	}
}
