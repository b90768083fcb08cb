package extract

import "testing"

func TestContacts(t *testing.T) {
	types := []string{"MET_WITH", "NEGOTIATED_WITH"}
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"met with, titled people", []string{
			"National Security Advisor [Jake Sullivan|person:jake-sullivan|title=National Security Advisor] met with [Omani|country:oman|demonym] Foreign Minister [Sayyid Badr al-Busaidi|person:badr-albusaidi|title=Foreign Minister] today."},
			[]string{"MET_WITH person:badr-albusaidi person:jake-sullivan date=2022-11-08"}},
		{"coordinated pair met", []string{
			"Talks went on after [U.S.|country:united-states] Mideast envoy [Steve Witkoff|person:steve-witkoff|title=envoy] and [Iranian|country:iran|demonym] Foreign Minister [Abbas Araghchi|person:abbas-araghchi|title=Foreign Minister] met, observers said."},
			[]string{"MET_WITH person:abbas-araghchi person:steve-witkoff"}},
		{"talks between countries", []string{
			"The first round of talks between [Iran|country:iran] and the [U.S.|country:united-states] took place in [Oman|country:oman] on April 12, 2025."},
			[]string{"NEGOTIATED_WITH country:iran country:united-states date=2025-04-12"}},
		{"talks between two, then a pronoun's clause", []string{
			"[U.S.|country:united-states] National Security Advisor [Jake Sullivan|person:jake-sullivan|title=National Security Advisor] spoke with [Ibrahim Kalin|person:kalin].",
			"Mr. [Sullivan|person:jake-sullivan] welcomed the resumption of talks between [Turkey|country:turkey] and [Greece|country:greece], and [he|person:jake-sullivan|pronoun] expressed support for the plan."},
			[]string{"MET_WITH person:jake-sullivan person:kalin", "NEGOTIATED_WITH country:greece country:turkey"}},
		{"sat down with", []string{
			"[Marco Rubio|person:marco-rubio] sat down with [Sergey Lavrov|person:sergey-lavrov] on Tuesday."},
			[]string{"MET_WITH person:marco-rubio person:sergey-lavrov"}},
		{"a list of titled people with a region in a title", []string{
			"[Marco Rubio|person:marco-rubio], national security adviser [Mike Waltz|person:mike-waltz|title=national security adviser] and [Middle East|place:middle-east] envoy [Steve Witkoff|person:steve-witkoff|title=Middle East envoy] sat down with [Sergey Lavrov|person:sergey-lavrov]."},
			[]string{"MET_WITH person:marco-rubio person:sergey-lavrov", "MET_WITH person:mike-waltz person:sergey-lavrov", "MET_WITH person:sergey-lavrov person:steve-witkoff"}},
		{"a meeting with their counterparts, named after", []string{
			"[Jake Sullivan|person:jake-sullivan] and [Tzachi Hanegbi|person:tzachi-hanegbi] held a virtual meeting with their counterparts [Tahnoun bin Zayed|person:tahnoun] and [Nasser bin Hamad|person:nasser] today."},
			[]string{"MET_WITH person:jake-sullivan person:tahnoun", "MET_WITH person:jake-sullivan person:nasser", "MET_WITH person:tahnoun person:tzachi-hanegbi", "MET_WITH person:nasser person:tzachi-hanegbi"}},
		{"met their counterparts, named after", []string{
			"[Jake Sullivan|person:jake-sullivan] met with his counterpart, [Tahnoun bin Zayed|person:tahnoun], today."},
			[]string{"MET_WITH person:jake-sullivan person:tahnoun"}},
		{"held talks with", []string{
			"[Abbas Araghchi|person:abbas-araghchi] held indirect talks with [Steve Witkoff|person:steve-witkoff] in [Muscat|place:muscat]."},
			[]string{"NEGOTIATED_WITH person:abbas-araghchi person:steve-witkoff"}},
		{"who held talks earlier in the day with", []string{
			"Protesters threw tomatoes at the motorcade of [Hillary Clinton|person:clinton], who held talks earlier in the day with President [Mohamed Morsi|person:morsi|title=President]."},
			[]string{"MET_WITH person:clinton person:morsi"}},
		{"talks about a state with another", []string{
			"[Iran|country:iran] held talks about [Iraq|country:iraq] with the [United States|country:united-states]."},
			[]string{"NEGOTIATED_WITH country:iran country:united-states"}},
		{"talks agreed to, with a topic", []string{
			"[Iran|country:iran] has agreed to a new round of talks about [Iraq|country:iraq] with the [United States|country:united-states]."},
			[]string{"NEGOTIATED_WITH country:iran country:united-states"}},
		{"talks about a state and no one else", []string{
			"[Iran|country:iran] held talks about [Iraq|country:iraq] on Monday."},
			nil},
		{"travelled to a city for talks with", []string{
			"[Abbas Araghchi|person:abbas-araghchi] traveled to [Muscat|place:muscat] for indirect talks with [Steve Witkoff|person:steve-witkoff]."},
			[]string{"NEGOTIATED_WITH person:abbas-araghchi person:steve-witkoff"}},
		{"in a city for a meeting with", []string{
			"[Steve Witkoff|person:steve-witkoff] is in [Geneva|place:geneva] for a meeting with [Abbas Araghchi|person:abbas-araghchi]."},
			[]string{"MET_WITH person:abbas-araghchi person:steve-witkoff"}},
		{"travelled for talks, and someone else named after", []string{
			"[Abbas Araghchi|person:abbas-araghchi] traveled to [Muscat|place:muscat] for talks, and [Oman|country:oman] welcomed [Steve Witkoff|person:steve-witkoff]."},
			nil},
		{"nuclear talks in person are a meeting too", []string{
			"[Abbas Araghchi|person:abbas-araghchi] held nuclear talks with [Steve Witkoff|person:steve-witkoff] in [Muscat|place:muscat]."},
			[]string{"MET_WITH person:abbas-araghchi person:steve-witkoff", "NEGOTIATED_WITH person:abbas-araghchi person:steve-witkoff"}},
		{"talks in person over nothing named are a meeting only", []string{
			"[Abbas Araghchi|person:abbas-araghchi] held talks with [Steve Witkoff|person:steve-witkoff] in [Muscat|place:muscat]."},
			[]string{"MET_WITH person:abbas-araghchi person:steve-witkoff"}},
		{"a companion between subject and verb, a day and a place before with", []string{
			"[U.S.|country:united-states] Special Envoy [Steve Witkoff|person:steve-witkoff|title=Special Envoy], accompanied by Ambassador [Ana Escrogima|person:ana-escrogima|title=Ambassador], conducted talks today in [Muscat|place:muscat] with [Abbas Araghchi|person:abbas-araghchi]."},
			[]string{"MET_WITH person:abbas-araghchi person:steve-witkoff", "NEGOTIATED_WITH person:abbas-araghchi person:steve-witkoff"}},
		{"met in a city with", []string{
			"Today, National Security Advisor [Jake Sullivan|person:jake-sullivan|title=National Security Advisor] met in [Washington|place:washington-dc] with [Jordanian|country:jordan|demonym] Foreign Minister [Ayman Safadi|person:ayman-safadi|title=Foreign Minister]."},
			[]string{"MET_WITH person:ayman-safadi person:jake-sullivan"}},
		{"met with an envoy whose office is for a state", []string{
			"National Security Advisor [Jake Sullivan|person:jake-sullivan|title=National Security Advisor] met with [UN|organization:united-nations] Special Envoy for [Yemen|country:yemen] [Hans Grundberg|person:hans-grundberg|title=Special Envoy for Yemen]."},
			[]string{"MET_WITH person:hans-grundberg person:jake-sullivan"}},
		{"met with an incoming official", []string{
			"National Security Advisor [Jake Sullivan|person:jake-sullivan|title=National Security Advisor] met today with incoming [Israeli|country:israel|demonym] National Security Advisor [Eyal Hulata|person:eyal-hulata|title=National Security Advisor]."},
			[]string{"MET_WITH person:eyal-hulata person:jake-sullivan"}},
		{"they: the people the sentence before opened with", []string{
			"[Brett McGurk|person:brett-mcgurk] and [Amos Hochstein|person:amos-hochstein] visited [Saudi Arabia|country:saudi-arabia].",
			"They held constructive talks with Crown Prince [Mohammed bin Salman|person:mohammed-bin-salman]."},
			[]string{"MET_WITH person:brett-mcgurk person:mohammed-bin-salman", "MET_WITH person:amos-hochstein person:mohammed-bin-salman"}},
		{"group held a meeting with a delegation: people stand for their state", []string{
			"Today, [U.S.|country:united-states] Secretary of State [Rubio|person:marco-rubio|title=Secretary of State], Special Envoy [Witkoff|person:steve-witkoff|title=Special Envoy], and Mr. [Jared Kushner|person:jared-kushner] held an extensive and productive meeting with the [Ukrainian|country:ukraine|demonym] delegation."},
			// Witkoff and Kushner hold no role in this text: their pairs give nothing.
			[]string{"MET_WITH country:ukraine country:united-states date=2025-11-23"}},
		{"parenthetical role before the verb", []string{
			"[Iran|country:iran]'s Foreign Minister [Abbas Araghchi|person:abbas-araghchi|title=Foreign Minister], the lead negotiator, held talks with the [U.S.|country:united-states]."},
			[]string{"NEGOTIATED_WITH country:iran country:united-states"}},
		{"a person meeting a state with no role for them", []string{
			"[Abbas Araghchi|person:abbas-araghchi] held talks with the [U.S.|country:united-states]."},
			nil},
		{"a meeting that was a round of talks", []string{
			"[Steve Witkoff|person:steve-witkoff] met today in [Muscat|place:muscat] with [Abbas Araghchi|person:abbas-araghchi], in a first round of talks hosted by [Oman|country:oman]."},
			[]string{"MET_WITH person:abbas-araghchi person:steve-witkoff", "NEGOTIATED_WITH person:abbas-araghchi person:steve-witkoff"}},
		{"a meeting for dinner is no negotiation", []string{
			"[Steve Witkoff|person:steve-witkoff] met [Abbas Araghchi|person:abbas-araghchi] in [Muscat|place:muscat] for dinner."},
			[]string{"MET_WITH person:abbas-araghchi person:steve-witkoff"}},
		{"met at a building, then with", []string{
			"[Colin Powell|person:colin-powell] met today at the [Department of State|organization:state-department] with His Royal Highness Prince [Saud al-Faisal|person:saud-al-faisal|title=Prince]."},
			[]string{"MET_WITH person:colin-powell person:saud-al-faisal"}},
		{"met with a body: a side, no venue", []string{
			"[Colin Powell|person:colin-powell] met today with the [Arab League|organization:arab-league] and [Saud al-Faisal|person:saud-al-faisal]."},
			[]string{"MET_WITH organization:arab-league person:colin-powell", "MET_WITH person:colin-powell person:saud-al-faisal"}},
		{"a person with no office negotiating with a party", []string{
			"[Shaul Mofaz|person:shaul-mofaz] negotiated with the [Zionist Union|organization:zionist-union] alliance to bring [Kadima|organization:kadima] onto their slate."},
			[]string{"NEGOTIATED_WITH organization:zionist-union person:shaul-mofaz"}},
		{"negotiated with", []string{
			"[Iran|country:iran] negotiated with the [European Union|organization:european-union] for two years."},
			[]string{"NEGOTIATED_WITH country:iran organization:european-union"}},
		{"possessive talks with", []string{
			"[Oman|country:oman] praised [Iran|country:iran]'s talks with the [United States|country:united-states]."},
			[]string{"NEGOTIATED_WITH country:iran country:united-states"}},
		{"met a place's ruler, named after a comma", []string{
			"Emir [Sabah al-Sabah|person:sabah] met [Dubai|place:dubai]'s ruler, Sheikh [Mohammed bin Rashid|person:mbr], on Wednesday."},
			[]string{"MET_WITH person:mbr person:sabah"}},
		{"possessive talks, then the day and the place, with", []string{
			"The summit followed [George W. Bush|person:george-w-bush]'s talks yesterday in Sharm el-Sheikh with President [Hosni Mubarak|person:hosni-mubarak|title=President] of [Egypt|country:egypt]."},
			[]string{"MET_WITH person:george-w-bush person:hosni-mubarak"}},

		{"states named by their leaders' offices met", []string{
			"We, the President of [France|country:france], Chancellor of [Germany|country:germany], and President of the [United States|country:united-states], met in [Rome|place:rome] today."},
			[]string{
				"MET_WITH country:france country:germany date=2021-10-30",
				"MET_WITH country:france country:united-states date=2021-10-30",
				"MET_WITH country:germany country:united-states date=2021-10-30",
			}},
		{"signs an agreement with", []string{
			"[Iran|country:iran] signs an [interim agreement|agreement:jpoa] with the [P5+1|organization:p5-plus-1] in Geneva."},
			[]string{"NEGOTIATED_WITH country:iran organization:p5-plus-1"}},

		{"reached a deal", []string{
			"In 2015, [Iran|country:iran] and the [P5+1|organization:p5-plus-1] reached a deal on the nuclear program."},
			[]string{"NEGOTIATED_WITH country:iran organization:p5-plus-1 date=2015"}},

		{"met with an office of a state, then the name", []string{
			"Foreign Minister [Julie Bishop|person:julie-bishop|title=Foreign Minister] met with the Minister of Foreign Affairs of [Iraq|country:iraq], HE Dr [Ibrahim Al-Ja’afari|person:ibrahim-al-jaafari], in [Canberra|place:canberra] on 12 February."},
			[]string{"MET_WITH person:ibrahim-al-jaafari person:julie-bishop date=2025-02-12"}},

		{"received a person", []string{
			"President [Masoud Pezeshkian|person:masoud-pezeshkian] received [Badr Albusaidi|person:badr-albusaidi] in Tehran."},
			[]string{"MET_WITH person:badr-albusaidi person:masoud-pezeshkian"}},
		{"is negotiating with", []string{
			"[Iran|country:iran] is negotiating with the [E3|organization:e3] in Istanbul."},
			[]string{"NEGOTIATED_WITH country:iran organization:e3"}},

		// Negative cases: nothing happened, or nothing was said to happen.
		{"no longer plans to engage", []string{
			"[Iran|country:iran] no longer plans to engage in nuclear talks with the [U.S.|country:united-states]."},
			nil},
		{"pushed to return to talks", []string{
			"European ministers have pushed [Iran|country:iran] to return to direct talks with the [U.S.|country:united-states]."},
			nil},
		{"future meeting", []string{
			"[Steve Witkoff|person:steve-witkoff] will meet [Abbas Araghchi|person:abbas-araghchi] on Saturday."},
			nil},
		{"denied meeting", []string{
			"[Steve Witkoff|person:steve-witkoff] did not meet with [Abbas Araghchi|person:abbas-araghchi]."},
			nil},
		{"received support from a state is no meeting", []string{
			"[Hamas|organization:hamas] received [Iran|country:iran]'s support for years."},
			nil},
		{"tensions between is not talks", []string{
			"Tensions between [Washington|country:united-states] and [Tehran|place:tehran|metonym=country:iran] rose."},
			nil},
		{"a mediator to someone names no party", []string{
			"The talks, between a mediator to [Iran|country:iran]'s Foreign Minister [Abbas Araghchi|person:abbas-araghchi|title=Foreign Minister] and [U.S.|country:united-states] Envoy [Steve Witkoff|person:steve-witkoff|title=Envoy], continue."},
			nil},
		{"met in a city with no counterpart", []string{
			"The President of [France|country:france] met in [Rome|place:rome] today."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			published := ""
			if tt.name == "met with, titled people" {
				published = "2022-11-08"
			}
			if tt.name == "group held a meeting with a delegation: people stand for their state" {
				published = "2025-11-23"
			}
			if tt.name == "met with an office of a state, then the name" {
				published = "2025-04-16"
			}
			if tt.name == "states named by their leaders' offices met" {
				published = "2021-10-30"
			}
			checkRelations(t, published, tt.lines, types, []string{"date"}, tt.want)
		})
	}
}

// TestContactsMoreWordings: more ways to say two sides are negotiating, and
// the negatives.
func TestContactsMoreWordings(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"the subject an apposition closed by a comma", "[Britain|country:united-kingdom]'s prime minister, [Tony Blair|person:blair], met [Muammar Gaddafi|person:gaddafi] in March 2004.",
			[]string{"MET_WITH person:blair person:gaddafi"}},
		{"the one met described before the name", "[Hakan Fidan|person:fidan] met the new leader, [Ahmed al-Sharaa|person:sharaa], in the capital on 22 December 2024.",
			[]string{"MET_WITH person:fidan person:sharaa"}},
		{"a comma closing an aside about a place is no subject's", "[Antony Blinken|person:blinken], on a visit to [Morocco|country:morocco], meets [Nasser Bourita|person:bourita].",
			[]string{"MET_WITH person:blinken person:bourita"}},
		{"chairs set off in an aside are no subject of the verb after it", "The Geneva International Discussions, co-chaired by the [UN|organization:united-nations], the [EU|organization:european-union] and the [OSCE|organization:osce], have met in [Geneva|place:geneva] since October 2008.",
			nil},
		{"negotiated something with", "[Nicolas Sarkozy|person:sarkozy] negotiated a six-point ceasefire plan with [Dmitry Medvedev|person:medvedev] on 12 August 2008.",
			[]string{"NEGOTIATED_WITH person:medvedev person:sarkozy"}},
		{"in talks with", "[Iran|country:iran] is in indirect talks with the [United States|country:united-states].",
			[]string{"NEGOTIATED_WITH country:iran country:united-states"}},
		{"entered into negotiations with", "[Iran|country:iran] entered into negotiations with the [E3|organization:e3].",
			[]string{"NEGOTIATED_WITH country:iran organization:e3"}},
		{"a group holds talks", "[Iran|country:iran] and the [United States|country:united-states] hold talks in [Muscat|place:muscat].",
			[]string{"NEGOTIATED_WITH country:iran country:united-states"}},
		{"a group is in talks", "[Iran|country:iran] and [Oman|country:oman] are in talks over shipping.",
			[]string{"NEGOTIATED_WITH country:iran country:oman"}},
		{"a group negotiates", "[Iran|country:iran] and the [E3|organization:e3] negotiate.",
			[]string{"NEGOTIATED_WITH country:iran organization:e3"}},
		{"a group concluded talks", "[Iran|country:iran] and the [P5+1|organization:p5-plus-1] concluded talks at the Palais Coburg hotel in [Vienna|place:vienna].",
			[]string{"NEGOTIATED_WITH country:iran organization:p5-plus-1"}},
		{"a meeting named with its place, then of whom", "Meeting in [Moscow|place:moscow] of [Boris Yeltsin|person:yeltsin] and [Eduard Shevardnadze|person:shevardnadze].",
			[]string{"MET_WITH person:shevardnadze person:yeltsin"}},
		{"talks in a place between two", "Talks in [Moscow|place:moscow] between [Boris Yeltsin|person:yeltsin] and [Eduard Shevardnadze|person:shevardnadze].",
			[]string{"MET_WITH person:shevardnadze person:yeltsin"}},
		{"met for hours this afternoon with", "[Colin Powell|person:powell] met for about three hours this afternoon with [Yasser Arafat|person:arafat] in Ramallah.",
			[]string{"MET_WITH person:arafat person:powell"}},
		{"met with one and with another", "[Manouchehr Mottaki|person:mottaki] met with [Fouad Siniora|person:siniora] and with [Nabih Berri|person:berri] in Beirut.",
			[]string{"MET_WITH person:mottaki person:siniora", "MET_WITH person:berri person:mottaki"}},
		{"one and his counterpart of another state", "[Edward Nalbandian|person:nalbandian] and his [Turkish|country:turkey|demonym] counterpart, [Ahmet Davutoğlu|person:davutoglu], met in Zurich.",
			[]string{"MET_WITH person:davutoglu person:nalbandian"}},
		{"a group that may resume talks", "[Iran|country:iran] and the [P5+1|organization:p5-plus-1] may resume talks in [Vienna|place:vienna].",
			nil},
		{"a person and their state met with someone", "[Mustafa Al-Kadhimi|person:mustafa-al-kadhimi] of [Iraq|country:iraq] met with [Joe Biden|person:joe-biden] today.",
			[]string{"MET_WITH person:joe-biden person:mustafa-al-kadhimi"}},
		{"meetings held somewhere with", "[Donald Trump|person:donald-trump] held separate meetings in the [Oval Office|place:oval-office] with [Netanyahu|person:benjamin-netanyahu].",
			[]string{"MET_WITH person:benjamin-netanyahu person:donald-trump"}},
		{"met in a city and its state, with", "[John Kerry|person:john-kerry] meets in [Vienna|place:vienna], [Austria|country:austria], with [Sergey Lavrov|person:sergey-lavrov].",
			[]string{"MET_WITH person:john-kerry person:sergey-lavrov"}},
		{"talks held at a place, about a topic, with", "[Iran|country:iran] held talks on the nuclear file at [Muscat|place:muscat] with the [United States|country:united-states].",
			[]string{"NEGOTIATED_WITH country:iran country:united-states"}},
		{"received in a city by a person", "President [Hassan Rouhani|person:rouhani] was received in [Najaf|place:najaf] by Grand Ayatollah [Ali al-Sistani|person:sistani|title=Grand Ayatollah].",
			[]string{"MET_WITH person:rouhani person:sistani"}},
		{"received by a person", "[Hassan Rouhani|person:rouhani] was warmly received by [Ali al-Sistani|person:sistani].",
			[]string{"MET_WITH person:rouhani person:sistani"}},
		{"received in a city by a state is no meeting", "[Hassan Rouhani|person:rouhani] was received in [Najaf|place:najaf] by [Iraq|country:iraq].",
			nil},
		{"refusing talks", "[Iran|country:iran] refused to hold talks with the [United States|country:united-states].",
			nil},
		{"not in talks", "[Iran|country:iran] is not in talks with the [United States|country:united-states].",
			nil},
		{"a group that will hold talks", "[Iran|country:iran] and the [United States|country:united-states] will hold talks.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"NEGOTIATED_WITH", "MET_WITH"}, nil, tt.want)
		})
	}
}

// TestCallWordings: readouts tell of calls in more ways than "spoke with".
func TestCallWordings(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"received a call from", []string{
			"President [Biden|person:joe-biden|title=President] received a call from Prime Minister [Netanyahu|person:benjamin-netanyahu|title=Prime Minister] of [Israel|country:israel]."},
			[]string{"MET_WITH person:benjamin-netanyahu person:joe-biden"}},
		{"offered something in a phone call with", []string{
			"[Donald Trump|person:donald-trump] offered in a phone call with Sheikh [Tamim|person:tamim] to help the parties."},
			[]string{"MET_WITH person:donald-trump person:tamim"}},
		{"in a call with, then the subject", []string{
			"In a phone call with Sheikh [Tamim|person:tamim], [Donald Trump|person:donald-trump] offered to help."},
			[]string{"MET_WITH person:donald-trump person:tamim"}},
		{"in a call with, as an aside", []string{
			"[Donald Trump|person:donald-trump], in a phone call with Sheikh [Tamim|person:tamim], offered to help."},
			[]string{"MET_WITH person:donald-trump person:tamim"}},
		{"a call with someone who is not named is no contact", []string{
			"[Donald Trump|person:donald-trump] said nothing in a call with reporters about [Qatar|country:qatar]."},
			nil},
		{"a pair spoke by phone", []string{
			"President [Biden|person:joe-biden|title=President] and Prime Minister [Kishida|person:fumio-kishida|title=Prime Minister] of [Japan|country:japan] spoke by phone today."},
			[]string{"MET_WITH person:fumio-kishida person:joe-biden"}},
		{"a pair discussed something by phone", []string{
			"Secretary [Blinken|person:antony-blinken|title=Secretary] and Foreign Minister [Albusaidi|person:badr-albusaidi|title=Foreign Minister] discussed the truce in [Yemen|country:yemen] by phone."},
			[]string{"MET_WITH person:antony-blinken person:badr-albusaidi"}},
		{"a pair that spoke at an event did not speak to each other", []string{
			"President [Biden|person:joe-biden|title=President] and Vice President [Harris|person:kamala-harris|title=Vice President] spoke at the rally."},
			nil},
		{"a call received from a state is no meeting of people", []string{
			"[Iran|country:iran] received a call from the [United Nations|organization:united-nations] to stop enrichment."},
			nil},
		{"a call that never came", []string{
			"President [Biden|person:joe-biden|title=President] has not received a call from [Netanyahu|person:benjamin-netanyahu]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"MET_WITH"}, nil, tt.want)
		})
	}
}

// TestGroupDiscussed: two people who discussed something spoke to each
// other; two states did not meet by discussing; two who met with a third
// did not meet each other.
func TestGroupDiscussed(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"two leaders discussed", "President [Biden|person:biden|title=President] and Amir [Tamim bin Hamad Al Thani|person:tamim|title=Amir] of [Qatar|country:qatar] discussed the hostage deal.",
			[]string{"MET_WITH person:biden person:tamim"}},
		{"two states discussed", "The [United States|country:us] and [Israel|country:israel] discussed the plan.", nil},
		{"two who met with a third are one side", "[Marco Rubio|person:rubio] and [Steve Witkoff|person:witkoff] met with [Abbas Araghchi|person:araghchi].",
			[]string{"MET_WITH person:araghchi person:rubio", "MET_WITH person:araghchi person:witkoff"}},
		{"two leaders each written with their state", "King [Abdullah II|person:abdullah|title=King] of [Jordan|country:jordan] and President [Abdel Fattah el-Sisi|person:sisi|title=President] of [Egypt|country:egypt] met in Cairo.",
			[]string{"MET_WITH person:abdullah person:sisi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"MET_WITH"}, nil, tt.want)
		})
	}
}

// TestGroupHeldARoundOfTalks: "X and Y held their fourth round of talks".
func TestGroupHeldARoundOfTalks(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		want   []string
		events []string
	}{
		{"a numbered round after the pair", "[Witkoff|person:steve-witkoff] and [Araghchi|person:abbas-araghchi] held their fourth round of talks in [Muscat|place:muscat] on May 11, 2025.",
			[]string{"NEGOTIATED_WITH person:abbas-araghchi person:steve-witkoff", "HELD_IN event:talks:abbas-araghchi-steve-witkoff:2025-05-11 place:muscat"},
			[]string{"event:talks:abbas-araghchi-steve-witkoff:2025-05-11 kind=talks date=2025-05-11 datePrecision=day dateText=May 11, 2025 round=4"}},
		{"a round of talks with a modifier", "[Araghchi|person:abbas-araghchi] and [Witkoff|person:steve-witkoff] held a second round of indirect talks in [Rome|place:rome] on April 19, 2025.",
			[]string{"NEGOTIATED_WITH person:abbas-araghchi person:steve-witkoff", "HELD_IN event:talks:abbas-araghchi-steve-witkoff:2025-04-19 place:rome"},
			[]string{"event:talks:abbas-araghchi-steve-witkoff:2025-04-19 kind=talks date=2025-04-19 datePrecision=day dateText=April 19, 2025 round=2"}},
		{"a round they will hold is a plan", "[Witkoff|person:steve-witkoff] and [Araghchi|person:abbas-araghchi] will hold their fifth round of talks in [Rome|place:rome] on May 23, 2025.",
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := checkRelations(t, "", []string{tt.line}, []string{"NEGOTIATED_WITH", "HELD_IN"}, nil, tt.want)
			if got := renderEvents(rs.Events); len(got)+len(tt.events) > 0 {
				if missing, extra := diffLines(got, tt.events); len(missing)+len(extra) > 0 {
					t.Errorf("events: got %q, want %q", got, tt.events)
				}
			}
		})
	}
}

// TestPossessorAsideIsNoParty: a state written as the possessor in an
// aside on the one met ("Ali al-Sistani, Iraq's most senior Shia cleric")
// takes no part in the meeting; a state listed plainly does.
func TestPossessorAsideIsNoParty(t *testing.T) {
	const ev = "event:meeting:francis-sistani:2021-03-06"
	checkEventCases(t, []string{"PARTICIPATED_IN"}, []eventCase{
		{"a possessive aside", "2021-03-06",
			[]string{"Pope [Francis|person:francis|title=Pope] meets Grand Ayatollah [Ali al-Sistani|person:sistani|title=Grand Ayatollah], [Iraq|country:iraq]'s most senior Shia cleric, in [Najaf|place:najaf]."},
			[]string{ev + " kind=meeting date=2021-03-06 datePrecision=day dateText=publication date 2021-03-06"},
			[]string{"PARTICIPATED_IN person:francis " + ev, "PARTICIPATED_IN person:sistani " + ev}},
	})
}

// TestGenerationSuffix: "III" or ", Jr." after a person's name is part of
// the mention, so the verb after it still joins the person to the next.
func TestGenerationSuffix(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "III after the host",
			text: "Secretary of Defense Lloyd J. Austin III hosted Philippine Foreign Secretary Enrique A. Manalo in Washington on April 11, 2023.",
			want: []string{"MET_WITH person:enrique-a-manalo person:lloyd-austin"}},
		{name: "a comma and Jr. after the guest",
			text: "Secretary Antony Blinken hosted Senior Undersecretary Carlito G. Galvez, Jr., in Washington on April 11, 2023.",
			want: []string{"MET_WITH person:antony-blinken person:carlito-g-galvez"}},
	})
}

// TestNegotiatedWithoutSession: "negotiated a plan with", "negotiated
// repeatedly with" tell that two negotiated, not one session they met at.
func TestNegotiatedWithoutSession(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "negotiated repeatedly with",
			text: "Heydar Aliyev negotiated repeatedly with the Armenian president Robert Kocharyan under the auspices of the OSCE Minsk Group.",
			want: []string{"NEGOTIATED_WITH person:heydar-aliyev person:robert-kocharyan"},
			not:  []string{"MET_WITH person:heydar-aliyev person:robert-kocharyan"}},
	})
}
