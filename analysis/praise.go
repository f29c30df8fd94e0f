package analysis

// praiseVerbs and creditNouns find praise for a part taken in a cause: "I commend Senator X
// for her leadership on this bill", "the enthusiasm shown by X in transforming education".
var (
	praiseVerbs = wordSet("praiseVerbs")
	creditNouns = wordSet("creditNouns")
)

// creditParticiples join a credit noun to the actor who showed it ("shown by X").
var creditParticiples = map[string]bool{"demonstrated": true, "shown": true, "displayed": true}

// addPraisedHolders adds, to the holders of a sentence, the actors it praises for their
// part in a cause: who is thanked for leadership on a bill supports the bill. The praise
// itself stays the speaker's (a holder of its own when the patterns or the genre found one).
func (a *analyzer) addPraisedHolders(hs []holder, st sentence, ms []mention) []holder {
	ids := a.praisedActors(st, ms)
	var fresh []int
	for _, id := range ids {
		held := false
		for _, h := range hs {
			held = held || containsInt(h.actors, id)
		}
		if !held {
			fresh = append(fresh, id)
		}
	}
	if len(fresh) == 0 {
		return hs
	}
	return append(hs, holder{actors: fresh, why: "credited in praise for their part", conf: 0.6, stance: Supports, verb: -1, vstart: -1})
}

// praisedActors returns the actors a sentence credits: the object of a verb of praise when a
// credit noun follows it, or the agent of a credit noun ("the enthusiasm demonstrated by X").
func (a *analyzer) praisedActors(st sentence, ms []mention) []int {
	for i := st.ts; i < st.te; i++ {
		lw := a.low(i)
		switch {
		case praiseVerbs[lw]:
			if ids := a.objectActors(i+1, st.te, ms); len(ids) > 0 && a.creditAfter(i+1, st.te) {
				return ids
			}
		case creditNouns[lw] && i+2 < st.te && creditParticiples[a.low(i+1)] && a.low(i+2) == "by":
			if ids := a.objectActors(i+3, st.te, ms); len(ids) > 0 {
				return ids
			}
		}
	}
	return nil
}

// creditAfter says whether a credit noun follows token i in the sentence.
func (a *analyzer) creditAfter(i, te int) bool {
	for k := i; k < te; k++ {
		if creditNouns[a.low(k)] {
			return true
		}
	}
	return false
}
