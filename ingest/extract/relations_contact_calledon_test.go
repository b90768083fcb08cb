package extract

import "testing"

// One who "called on" another visited them; one who called on another to
// do something pleaded. "met twice" is a meeting; a Federal Councillor's
// title is no part of the name.
func TestCalledOnAndMetTwice(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{"a courtesy visit",
			"Later on Tuesday Kim Dae-jung called on Kim Yong-nam, president of the Presidium of the Supreme People's Assembly.",
			[]string{"MET_WITH person:kim-dae-jung person:kim-yong-nam"}, nil},
		{"a plea",
			"Kim Dae-jung called on Kim Yong-nam, the nominal head of state, to release the prisoners.",
			nil, []string{"MET_WITH person:kim-dae-jung person:kim-yong-nam"}},
		{"met twice in a city with",
			"Ibrahim Gambari met twice in Yangon with Aung San Suu Kyi.",
			[]string{"MET_WITH person:aung-san-suu-kyi person:ibrahim-gambari"}, nil},
		{"a councillor's title before the name",
			"President Guy Parmelin and Federal Councillor Ignazio Cassis held a bilateral meeting with President Biden in Geneva.",
			[]string{"MET_WITH person:ignazio-cassis person:joe-biden"}, nil},
	})
	checkDetection(t, x, []detectCase{
		{"a councillor's title is no part of the name", "President Parmelin and Federal Councillor Cassis held a bilateral meeting with President Biden in Geneva.",
			nil, []string{"person:federal-councillor-cassis"}},
	})
}
