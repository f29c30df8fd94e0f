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
// change, however complex (merges, bulk accepts), undoes exactly.
type step struct {
	name                string
	before, after       *Project
	beforeGen, afterGen int
}

// Editor owns a project and changes it only through named, undoable
// operations. It is not safe for concurrent use: the user interface calls it
// from its own goroutine.
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
	before := e.p.Clone()
	work := e.p.Clone()
	if err := fn(work); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	e.p = work
	e.nextGen++
	e.undo = append(e.undo, step{name: name, before: before, after: work.Clone(), beforeGen: e.gen, afterGen: e.nextGen})
	e.gen = e.nextGen
	if limit := e.stepLimit(); len(e.undo) > limit {
		e.undo = e.undo[len(e.undo)-limit:]
	}
	e.redo = nil
	e.notify()
	return nil
}

// historyItems bounds the items (actors, topics, positions, notes, excerpts)
// kept across all undo snapshots. Snapshots share their strings, so an item
// costs a few hundred bytes: an article-sized brief keeps the full history,
// a brief of 100,000 positions keeps its last 20 or so steps rather than
// gigabytes of them.
const historyItems = 2_000_000

// stepLimit is how many steps the history keeps for a project of this size.
func (e *Editor) stepLimit() int {
	n := len(e.p.Actors) + len(e.p.Topics) + len(e.p.Positions) + len(e.p.Notes) + len(e.p.Excerpts)
	// Each step holds two snapshots.
	limit := historyItems / (2*n + 1)
	return max(10, min(e.limit, limit))
}

// Undo reverts the last change.
func (e *Editor) Undo() error {
	if len(e.undo) == 0 {
		return ErrNothingToUndo
	}
	s := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	e.redo = append(e.redo, s)
	e.p = s.before.Clone()
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
	e.p = s.after.Clone()
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
