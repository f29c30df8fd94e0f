package gui

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/actorregistry"
	"briefing/internal/atomicfile"
)

// File ▸ Actor Registry: export the registry as CSV or JSON, import one,
// and a dialog listing its entries, each with Delete.

// useDefaultRegistry records into the registry in the user's config folder.
func (u *ui) useDefaultRegistry() {
	path, err := actorregistry.DefaultPath()
	if err != nil {
		fyne.LogError("the actor registry is off", err)
		return
	}
	u.useRegistry(path)
}

// registryMenu is the Actor Registry item of the File menu.
func (u *ui) registryMenu() *fyne.MenuItem {
	it := fyne.NewMenuItem("Actor Registry", nil)
	it.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem("Manage…", u.manageRegistry),
		fyne.NewMenuItem("Import…", u.importRegistryDialog),
		fyne.NewMenuItem("Export as CSV…", func() { u.exportRegistryDialog(".csv") }),
		fyne.NewMenuItem("Export as JSON…", func() { u.exportRegistryDialog(".json") }),
	)
	return it
}

// registryReady says whether the registry can be used, and tells the user
// why not when it cannot.
func (u *ui) registryReady() bool {
	switch r := u.registry; {
	case r == nil:
		u.showError("The actor registry is off", nil, "This system gives Briefing Builder no folder for its settings, so merges and corrections of actors are not remembered.")
		return false
	case r.err != nil:
		u.showError("Your actor registry could not be read", r.err,
			"It is left as it is, and nothing is remembered in it. Fix the file or delete it ("+r.path+"), then restart Briefing Builder.")
		return false
	}
	return true
}

// exportRegistryDialog asks where to write the registry as CSV or JSON.
func (u *ui) exportRegistryDialog(ext string) {
	if !u.registryReady() {
		return
	}
	u.askSavePath("Export the actor registry", "actor-registry"+ext, ext, func(path string) { u.exportRegistry(path) })
}

// exportRegistry writes the registry to path, atomically, as CSV or as JSON
// by the path's extension.
func (u *ui) exportRegistry(path string) {
	reg := u.registry.reg.Clone()
	go func() {
		err := atomicfile.Write(path, false, func(w io.Writer) error {
			if strings.EqualFold(filepath.Ext(path), ".json") {
				data, err := reg.EncodeJSON()
				if err == nil {
					_, err = w.Write(data)
				}
				return err
			}
			return reg.WriteCSV(w)
		})
		fyne.Do(func() {
			if err != nil {
				u.showError("Could not export the actor registry to "+filepath.Base(path), err,
					"Check that the folder exists and that the file is not open in another program, then try again.")
				return
			}
			u.status.say(fmt.Sprintf("Exported %s of your actor registry to %s.", plural(reg.Len(), "actor"), path))
		})
	}()
}

// importRegistryDialog asks for a registry file to import.
func (u *ui) importRegistryDialog() {
	if !u.registryReady() {
		return
	}
	u.askOpenPath("Import an actor registry (CSV or JSON)", []string{".csv", ".json"}, u.importRegistry)
}

// importRegistry reads a registry file in the background, adds its entries
// to the user's registry and applies it to this brief. A file that is not a
// registry changes nothing.
func (u *ui) importRegistry(path string) {
	go func() {
		in, err := actorregistry.ReadFile(path)
		fyne.Do(func() {
			if u.afterRegistry != nil {
				defer u.afterRegistry()
			}
			if err != nil {
				u.showError("Could not import the actor registry from "+filepath.Base(path), err,
					"Your actor registry is unchanged. Import a CSV file with the columns "+
						"name, canonical, type, role, affiliation (one row per name), or a JSON file exported by Briefing Builder.")
				return
			}
			n := 0
			if !u.changeRegistry(func(r *actorregistry.Registry) { n = r.Import(in) }) {
				u.registryReady() // says why
				return
			}
			u.status.say(fmt.Sprintf("Imported %s into your actor registry.", plural(n, "actor")))
			u.applyRegistry(false)
		})
	}()
}

// registryDialog lists the registry's entries, each with Delete.
type registryDialog struct {
	u       *ui
	entries []actorregistry.Entry
	list    *widget.List
	empty   *widget.Label
}

// manageRegistry shows the registry's entries.
func (u *ui) manageRegistry() {
	if !u.registryReady() {
		return
	}
	x := &registryDialog{u: u}
	x.empty = &widget.Label{Text: "Your actor registry is empty. Merge actors, or correct an actor's name, type, role or affiliation, and Briefing Builder remembers it for your next briefs.",
		Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}
	x.list = widget.NewList(func() int { return len(x.entries) }, x.newRow, x.updateRow)
	x.reload()
	msg := &widget.Label{Wrapping: fyne.TextWrapWord,
		Text: "Each actor below is applied to every new brief: its other names are merged into it, and it gets the type, role and affiliation you gave it. Kept in " + u.registry.path + "."}
	d := dialog.NewCustom("Actor registry", "Close", container.NewBorder(msg, nil, nil, nil, container.NewStack(x.list, x.empty)), u.win)
	d.Resize(fyne.NewSize(680, 480))
	d.Show()
}

func (x *registryDialog) reload() {
	x.entries = x.u.registry.reg.Clone().Entries
	x.empty.Hidden = len(x.entries) > 0
	x.list.Refresh()
	x.empty.Refresh()
}

func (x *registryDialog) newRow() fyne.CanvasObject {
	del := &widget.Button{Text: "Delete", Icon: theme.DeleteIcon(), Importance: widget.LowImportance}
	text := &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	return container.NewBorder(nil, nil, del, nil, text) // Delete first: a long entry runs off the end, not under it
}

func (x *registryDialog) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(x.entries) {
		return
	}
	e := x.entries[i]
	row := o.(*fyne.Container)
	row.Objects[0].(*widget.Label).SetText(entryText(e))
	row.Objects[1].(*widget.Button).OnTapped = func() {
		if x.u.changeRegistry(func(r *actorregistry.Registry) { r.Delete(e.Canonical) }) {
			x.u.status.say("Deleted " + e.Canonical + " from your actor registry.")
			x.reload()
		}
	}
}

// entryText is an entry in one line, its corrections before its other
// names, which may be many: "Vladimir Putin — person, President — also
// Putin, the Russian President".
func entryText(e actorregistry.Entry) string {
	var b strings.Builder
	b.WriteString(e.Canonical)
	var fields []string
	for _, f := range []string{e.Type, e.Role, e.Affiliation} {
		if f != "" {
			fields = append(fields, f)
		}
	}
	if len(fields) > 0 {
		b.WriteString(" — " + strings.Join(fields, ", "))
	}
	if len(e.Names) > 0 {
		b.WriteString(" — also " + strings.Join(e.Names, ", "))
	}
	return b.String()
}
