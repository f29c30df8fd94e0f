// Package parser is a greedy transition-based dependency parser for English
// that predicts Universal Dependencies basic trees with their full relation
// labels (subtypes such as nsubj:pass included). It reads word forms with
// their UPOS and XPOS tags and scores moves with an averaged perceptron
// trained through a dynamic oracle, the small and fast design of Honnibal's
// "Parsing English in 500 lines of Python" with the rich non-local features of
// Zhang and Nivre (2011).
package parser

import (
	"sync"

	"briefing/analysis/nlp/perceptron"
)

// rootLabel is the relation of the word attached to the artificial root.
const rootLabel = "root"

// Model is a trained parser: one perceptron chooses the move (Shift, Left or
// Right) and a second one labels each arc as it is made. Splitting the two
// keeps the move decision, made twice per word, to three classes, which is
// what makes parsing fast. Parse is safe for concurrent use.
type Model struct {
	labels     []string // by label id; id 0 is "no label"
	labelAtoms []uint64 // atom of every label id, for the features
	root       int16    // id of rootLabel
	moves      *perceptron.Model
	labeler    *perceptron.Model

	pool sync.Pool // *workspace
}

// workspace is the per-parse scratch memory, pooled so that parsing does not
// allocate in steady state.
type workspace struct {
	st          state
	x           sentence
	feats       [numFeatures]uint64
	labelFeats  [numLabelFeatures]uint64
	moveScores  [3]float32
	labelScores []float32
}

// newModel builds a Model around its label inventory and weights.
func newModel(labels []string, moves, labeler *perceptron.Model) *Model {
	m := &Model{labels: labels, moves: moves, labeler: labeler}
	m.labelAtoms = make([]uint64, len(labels))
	for i, l := range labels {
		m.labelAtoms[i] = atomString(saltLabel, l)
		if l == rootLabel {
			m.root = int16(i)
		}
	}
	return m
}

func (m *Model) workspace() *workspace {
	if ws, ok := m.pool.Get().(*workspace); ok {
		return ws
	}
	return &workspace{labelScores: make([]float32, len(m.labels)), x: sentence{labelAtoms: m.labelAtoms}}
}

// Parse parses one sentence: forms with their UPOS and XPOS tags (all the
// same length). It fills heads (-1 for the root word, else the 0-based index
// of the head) and deps (the relation of each word to its head); both must be
// at least as long as forms.
func (m *Model) Parse(forms, upos, xpos []string, heads []int, deps []string) {
	n := len(forms)
	if n == 0 {
		return
	}
	ws := m.workspace()
	ws.x.reset(n)
	for i, f := range forms {
		ws.x.set(i, f, upos[i], xpos[i])
	}
	st := &ws.st
	st.reset(n)
	for !st.terminal() {
		k := m.bestMove(ws)
		var l int16
		if k != moveShift {
			l = m.bestLabel(ws, k)
		}
		st.apply(k, l)
	}
	for i := range n {
		h := int(st.heads[i])
		if h == n {
			h = -1
		}
		heads[i] = h
		deps[i] = m.labels[st.labels[i]]
	}
	m.pool.Put(ws)
}

// bestMove scores the moves in ws's configuration and returns the best legal
// one; the scores stay in ws.moveScores. A forced move is returned unscored
// (the scores are then stale), which saves a tenth of the work.
func (m *Model) bestMove(ws *workspace) int {
	if k, only := ws.st.forced(); only {
		return k
	}
	extract(&ws.st, &ws.x, ws.feats[:])
	m.moves.Score(ws.feats[:], ws.moveScores[:])
	best := -1
	for k, s := range ws.moveScores {
		if ws.st.legal(k) && (best < 0 || s > ws.moveScores[best]) {
			best = k
		}
	}
	return best
}

// arc returns the head and dependent arc move k would join.
func arc(st *state, k int) (h, d int) {
	if k == moveLeft {
		return st.b0, st.s(0)
	}
	return st.s(1), st.s(0)
}

// bestLabel returns the label for arc move k: root for an arc from the
// root, else the best other label; the scores stay in ws.labelScores.
func (m *Model) bestLabel(ws *workspace, k int) int16 {
	h, d := arc(&ws.st, k)
	if h == ws.st.n {
		return m.root
	}
	extractLabel(&ws.st, &ws.x, h, d, ws.labelFeats[:])
	m.labeler.Score(ws.labelFeats[:], ws.labelScores)
	return m.argmaxLabel(ws.labelScores)
}

// argmaxLabel returns the best label id other than none and root.
func (m *Model) argmaxLabel(scores []float32) int16 {
	best := -1
	for l, s := range scores {
		if l != 0 && l != int(m.root) && (best < 0 || s > scores[best]) {
			best = l
		}
	}
	return int16(best)
}
