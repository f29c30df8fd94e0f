package project

import (
	"errors"
	"fmt"
)

// ErrNothingToUndo and ErrNothingToRedo are returned when the history is
// exhausted.
var (
	ErrNothingToUndo = errors.New("nothing to undo")
	ErrNothingToRedo = errors.New("nothing to redo")
)

// step is one undoable change: what it did (see change) and the numbers of
// the states it went from and to (see Dirty). The change, not a copy of the project, is kept, so that
// every change, however complex (merges, bulk accepts), undoes exactly and
// a step costs what it touched: the whole history of a session on a 1 MB
// article stays available.
type step struct {
	name                string
	change              *change
	beforeGen, afterGen int
}

// Editor owns a project and changes it only through named, undoable
// operations. It is not safe for concurrent use: the user interface calls it
// from its own goroutine. The current project and every state handed out
// are never changed in place (a change works on a copy, and undo and redo
// make new lists), so a project returned by Project may be read by another
// goroutine, and compared with a later one by pointers: an item that did
// not change is the same pointer in both (see Project.TouchedSince).
type Editor struct {
	p       *Project
	undo    []step
	redo    []step
	items   int // how many items the steps of undo and redo keep
	gen     int // identifies the current state; every Do makes a new one
	nextGen int
	saved   int // gen of the last saved state
	// OnChange, when set, is called after every change, undo and redo.
	OnChange func()
}

// NewEditor returns an editor for p with an empty history.
func NewEditor(p *Project) *Editor {
	return &Editor{p: p}
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
	c := diff(e.p, work)
	e.p = work
	e.nextGen++
	e.dropRedo()
	e.undo = append(e.undo, step{name: name, change: c, beforeGen: e.gen, afterGen: e.nextGen})
	e.items += stepItems(c)
	e.gen = e.nextGen
	e.trim()
	e.notify()
	return nil
}

// historyItems bounds the items the history keeps (a changed item is kept
// as it was and as it became). A review decision keeps two, so this is
// hundreds of thousands of decisions; only bulk changes of whole briefs, a
// few dozen of them on a 1 MB article, reach it, and then the oldest steps
// go. A variable so that a test can reach it.
var historyItems = 1_000_000

// stepItems is what a step counts against historyItems: its items, and a
// little for the step itself.
func stepItems(c *change) int { return c.items() + 4 }

func (e *Editor) dropRedo() {
	for _, s := range e.redo {
		e.items -= stepItems(s.change)
	}
	e.redo = nil
}

// trim drops the oldest steps while the history keeps more than
// historyItems, always keeping the last one.
func (e *Editor) trim() {
	drop := 0
	for e.items > historyItems && drop < len(e.undo)-1 {
		e.items -= stepItems(e.undo[drop].change)
		drop++
	}
	if drop > 0 {
		e.undo = append([]step(nil), e.undo[drop:]...)
	}
}

// Undo reverts the last change.
func (e *Editor) Undo() error {
	if len(e.undo) == 0 {
		return ErrNothingToUndo
	}
	s := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	e.redo = append(e.redo, s)
	e.p = s.change.apply(e.p, false)
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
	e.p = s.change.apply(e.p, true)
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
