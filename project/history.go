package project

import (
	"errors"
	"fmt"
)

// DefaultHistoryLimit is how many steps an Editor can undo.
const DefaultHistoryLimit = 1000

// ErrNothingToUndo and ErrNothingToRedo are returned when the history is
// exhausted.
var (
	ErrNothingToUndo = errors.New("nothing to undo")
	ErrNothingToRedo = errors.New("nothing to redo")
)

// step is one undoable change: the project as it was before and after.
// Whole snapshots are kept rather than inverse operations so that every
// change, however complex (merges, bulk accepts), undoes exactly. The
// snapshots share every item the change left alone (see shareUnchanged), so
// a step costs the items it changed and the slices of pointers, not a copy
// of the project: a review decision on a 1 MB article keeps about 60 KB
// instead of 9 MB.
type step struct {
	name                string
	before, after       *Project
	beforeGen, afterGen int
}

// Editor owns a project and changes it only through named, undoable
// operations. It is not safe for concurrent use: the user interface calls it
// from its own goroutine. The current project and every snapshot are never
// changed in place (a change works on a copy), which is what lets snapshots
// share their items and Undo and Redo switch snapshots without copying.
type Editor struct {
	p       *Project
	undo    []step
	redo    []step
	limit   int
	gen     int // identifies the current state; every Do makes a new one
	nextGen int
	saved   int // gen of the last saved state
	// OnChange, when set, is called after every change, undo and redo.
	OnChange func()
}

// NewEditor returns an editor for p with an empty history.
func NewEditor(p *Project) *Editor {
	return &Editor{p: p, limit: DefaultHistoryLimit}
}

// Project returns the current project. Callers must not change it directly.
func (e *Editor) Project() *Project { return e.p }

// Do applies a named change. If fn returns an error the project is left as
// it was and nothing is recorded.
func (e *Editor) Do(name string, fn func(p *Project) error) error {
	work := e.p.Clone()
	if err := fn(work); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	work.shareUnchanged(e.p)
	before := e.p
	e.p = work
	e.nextGen++
	e.undo = append(e.undo, step{name: name, before: before, after: work, beforeGen: e.gen, afterGen: e.nextGen})
	e.gen = e.nextGen
	if limit := e.stepLimit(); len(e.undo) > limit {
		e.undo = e.undo[len(e.undo)-limit:]
	}
	e.redo = nil
	e.notify()
	return nil
}

// historyPointers bounds the item pointers kept across all undo snapshots
// (64 MB of them). Snapshots share unchanged items, so a step costs one
// pointer per item plus what it changed: an article-sized brief, even of a
// 1 MB article, keeps the full history of DefaultHistoryLimit steps; a brief
// of 200,000 positions keeps its last 40. A variable so that a test can
// reach the bound without 40 steps on such a brief.
var historyPointers = 8_000_000

// stepLimit is how many steps the history keeps for a project of this size.
func (e *Editor) stepLimit() int {
	n := len(e.p.Actors) + len(e.p.Topics) + len(e.p.Positions) + len(e.p.Notes) + len(e.p.Excerpts)
	return max(10, min(e.limit, historyPointers/(n+1)))
}

// Undo reverts the last change.
func (e *Editor) Undo() error {
	if len(e.undo) == 0 {
		return ErrNothingToUndo
	}
	s := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	e.redo = append(e.redo, s)
	e.p = s.before
	e.gen = s.beforeGen
	e.notify()
	return nil
}

// Redo re-applies the last undone change.
func (e *Editor) Redo() error {
	if len(e.redo) == 0 {
		return ErrNothingToRedo
	}
	s := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	e.undo = append(e.undo, s)
	e.p = s.after
	e.gen = s.afterGen
	e.notify()
	return nil
}

// UndoName and RedoName name the change that Undo or Redo would revert or
// re-apply, or "" when there is none.
func (e *Editor) UndoName() string {
	if len(e.undo) == 0 {
		return ""
	}
	return e.undo[len(e.undo)-1].name
}

// RedoName: see UndoName.
func (e *Editor) RedoName() string {
	if len(e.redo) == 0 {
		return ""
	}
	return e.redo[len(e.redo)-1].name
}

// Dirty says whether the project differs from the last saved state.
func (e *Editor) Dirty() bool { return e.gen != e.saved }

// MarkSaved records that the current project has been saved.
func (e *Editor) MarkSaved() { e.saved = e.gen }

// CanUndo and CanRedo say whether Undo or Redo would do anything.
func (e *Editor) CanUndo() bool { return len(e.undo) > 0 }

// CanRedo: see CanUndo.
func (e *Editor) CanRedo() bool { return len(e.redo) > 0 }

func (e *Editor) notify() {
	if e.OnChange != nil {
		e.OnChange()
	}
}
