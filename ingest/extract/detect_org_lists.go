package extract

// An unknown name listed among organisations the catalog knows is one of
// them: "militant groups such as Hamas, Islamic Jihad, Tanzim, and the
// Al-Aqsa Martyrs' Brigades" makes Tanzim an organisation. The list is read
// as the place lists are (listAt); it must have three items or more, two
// of them organisations already, and none another kind of entity.

// detectOrgLists proposes the unknown names listed with organisations.
func (s *scan) detectOrgLists() {
	isOrg, isOther := s.candidateStarts("Organization")
	for i := 0; i < len(s.toks); {
		items, end := s.listAt(i)
		if len(items) < 3 {
			i++
			continue
		}
		known, other := 0, false
		var unknown [][2]int
		for _, it := range items {
			switch t := s.catTyp[it[0]]; {
			case t == "Organization" || isOrg[it[0]]:
				known++
			case t != "" || isOther[it[0]]:
				other = true
			default:
				unknown = append(unknown, it)
			}
		}
		if known >= 2 && !other && !s.anyCommonName(unknown) {
			for _, it := range unknown {
				if !s.notEnt[it[0]] && !(it[1]-it[0] == 1 && s.lower[s.toks[it[0]].key]) {
					s.cands = append(s.cands, candidate{from: it[0], to: it[1], entry: -1, typ: "Organization", name: s.spanText(it[0], it[1]), prio: prioDetected})
				}
			}
		}
		i = end
	}
}
