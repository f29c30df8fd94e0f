package gui

import (
	"errors"
	"fmt"
	"strings"

	"briefing/actorregistry"
	"briefing/project"
)

// The actor registry in the window: the user's merges and corrections of
// actors are recorded in it as they are made, and it is applied to each new
// project (an article opened, text pasted, an article added) as one step
// that Undo takes back. The menu's dialogs are in registry_dialogs.go.

// actorRegistry is the user's registry file and what it holds. A file that
// could not be read is never written over: err says why, and nothing is
// recorded or applied until the user fixes or deletes it.
type actorRegistry struct {
	path   string
	reg    *actorregistry.Registry
	err    error
	warned bool // the user was told once that recording failed
}

// useRegistry loads the registry at path and records into it from now on;
// a window without one (tests, a system without a config folder) records
// nothing.
func (u *ui) useRegistry(path string) {
	r := &actorRegistry{path: path, reg: &actorregistry.Registry{}}
	if reg, err := actorregistry.Load(path); err != nil {
		r.err = err
	} else {
		r.reg = reg
	}
	u.registry = r
}

// changeRegistry applies fn to a copy of the registry and saves it; the
// registry in memory changes only once the file is written. It says
// whether it did.
func (u *ui) changeRegistry(fn func(r *actorregistry.Registry)) bool {
	r := u.registry
	if r == nil {
		return false
	}
	if r.err != nil {
		u.registryTrouble(fmt.Errorf("your actor registry could not be read, so it is left as it is: %w", r.err))
		return false
	}
	c := r.reg.Clone()
	fn(c)
	if err := actorregistry.Save(r.path, c); err != nil {
		u.registryTrouble(err)
		return false
	}
	r.reg = c
	return true
}

// registryTrouble tells the user once per session that the registry does
// not remember their changes, on the status line: a dialog after every
// merge would be in the way.
func (u *ui) registryTrouble(err error) {
	if u.registry.warned {
		return
	}
	u.registry.warned = true
	u.status.say("Not remembered in your actor registry: " + plainError(err) + ". Fix or delete the file, then restart.")
}

// rememberMerge records the names of the actor id, just merged, as one
// actor.
func (u *ui) rememberMerge(id string) {
	if x := u.project().Actor(id); x != nil {
		u.changeRegistry(func(r *actorregistry.Registry) { r.RecordMerge(x.Name, x.Aliases) })
	}
}

// rememberActorEdit records what the user changed of actor id (before is
// the actor as it was): a new name, and the type, role or affiliation they
// set. A note is this brief's own and is not recorded.
func (u *ui) rememberActorEdit(before *project.Actor, id string) {
	after := u.project().Actor(id)
	if before == nil || after == nil {
		return
	}
	var f actorregistry.Fields
	if after.Type != before.Type {
		f.Type = after.Type
	}
	if after.Role != before.Role {
		f.Role = after.Role
	}
	if after.Affiliation != before.Affiliation {
		f.Affiliation = after.Affiliation
	}
	if after.Name == before.Name && f == (actorregistry.Fields{}) {
		return
	}
	u.changeRegistry(func(r *actorregistry.Registry) { r.RecordCorrection(after.Name, before.Name, f) })
}

// forgetSplit records that names, split off an actor, are not that actor.
func (u *ui) forgetSplit(names []string) {
	u.changeRegistry(func(r *actorregistry.Registry) { r.Forget(names) })
}

// errNothingApplied keeps a registry that changed nothing out of the undo
// history.
var errNothingApplied = errors.New("nothing to apply")

// applyRegistry applies the registry to the project as one undoable step
// and adds what it applied to the status line. fresh says the project has
// just been opened: the registry's changes then do not count as unsaved,
// since opening the article again gives the same project.
func (u *ui) applyRegistry(fresh bool) {
	r := u.registry
	if r == nil || r.err != nil || r.reg.Len() == 0 {
		return
	}
	clean := !u.ed.Dirty()
	n := 0
	err := u.ed.Do("Apply actor registry", func(p *project.Project) error {
		if n = p.ApplyRegistry(r.reg); n == 0 {
			return errNothingApplied
		}
		return nil
	})
	if err != nil {
		return
	}
	if fresh && clean {
		u.ed.MarkSaved()
		u.refresh()
	}
	msg := fmt.Sprintf("Applied %s from your actor registry (Undo takes them back).", plural(n, "name"))
	u.status.say(strings.TrimSpace(u.status.message.Text + " " + msg))
}
