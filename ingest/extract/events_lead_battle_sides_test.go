package extract

import "testing"

// TestLeadBattleSides: the sentence after a battle's definition in a
// page's lead tells its sides by their forces and commanders; a sentence
// that names another event, or another paragraph, does not.
func TestLeadBattleSides(t *testing.T) {
	const battle = "event:battle:battle-of-quxton"
	const def = "The Battle of Quxton was the decisive engagement of the war, fought on 1 March 1896 near the town.\n"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "forces and commanders of the next sentence",
			text: def + "An Ethiopian army commanded by Emperor Menelik II defeated an Italian expeditionary corps under General Oreste Baratieri.",
			want: []string{"PARTICIPATED_IN country:ethiopia " + battle, "PARTICIPATED_IN country:italy " + battle,
				"PARTICIPATED_IN person:menelik-ii " + battle, "PARTICIPATED_IN person:oreste-baratieri " + battle}},
		{name: "a next sentence on another battle",
			text: def + "An Ethiopian army commanded by Emperor Menelik II defeated an Italian column at the Battle of Amba Alagi.",
			not:  []string{"PARTICIPATED_IN country:ethiopia " + battle, "PARTICIPATED_IN person:menelik-ii " + battle}},
		{name: "the commanders a section lists",
			text: def + "Its commanders included Empress Taytu Betul, who led her own contingent, and Emperor Menelik II.",
			want: []string{"PARTICIPATED_IN person:taytu-betul " + battle, "PARTICIPATED_IN person:menelik-ii " + battle}},
		{name: "commanders of another battle the sentence names",
			text: def + "Its commanders at the Battle of Amba Alagi included Emperor Menelik II.",
			not:  []string{"PARTICIPATED_IN person:menelik-ii " + battle}},
		{name: "no deed of force",
			text: def + "An Ethiopian army commanded by Emperor Menelik II camped near the town.",
			not:  []string{"PARTICIPATED_IN country:ethiopia " + battle}},
	})
}
