package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// Right-click menus: on the rows of the topic and position lists, and on
// the article's selected text. They offer what the buttons, the ticks and
// the Review keys do, where the pointer already is, as desktop users expect.

// menuRow is a list row that opens a menu on a right click. List rows are
// reused for other items as the list scrolls, so the row asks for its menu
// at the time of the click.
type menuRow struct {
	widget.BaseWidget
	content fyne.CanvasObject
	menu    func() *fyne.Menu // nil: no menu (a group heading)
}

func newMenuRow(content fyne.CanvasObject) *menuRow {
	r := &menuRow{content: content}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer shows the row's content.
func (r *menuRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.content) }

// TappedSecondary opens the row's menu at the pointer.
func (r *menuRow) TappedSecondary(e *fyne.PointEvent) {
	if r.menu == nil {
		return
	}
	showMenuAt(r, r.menu(), e)
}

// showMenuAt pops a menu up at the pointer, on the canvas of o.
func showMenuAt(o fyne.CanvasObject, m *fyne.Menu, e *fyne.PointEvent) {
	if m == nil || len(m.Items) == 0 {
		return
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil {
		return
	}
	widget.ShowPopUpMenuAtPosition(m, c, e.AbsolutePosition)
}

// reviewItems are the menu items that accept or reject a suggestion, with
// the one already chosen left out.
func (u *ui) reviewItems(kind project.ItemKind, noun, id string, r project.Review) []*fyne.MenuItem {
	var out []*fyne.MenuItem
	if !r.Reviewed || r.Rejected {
		out = append(out, fyne.NewMenuItem("Accept", func() {
			u.do("Accept "+noun, func(p *project.Project) error { return p.Accept(kind, id) })
		}))
	}
	if !r.Rejected {
		out = append(out, fyne.NewMenuItem("Reject", func() {
			u.do("Reject "+noun, func(p *project.Project) error { return p.Reject(kind, id) })
		}))
	}
	return out
}

// includeItem ticks or unticks an item for the brief.
func includeItem(in bool, set func(on bool)) *fyne.MenuItem {
	if in {
		return fyne.NewMenuItem("Leave Out of the Brief", func() { set(false) })
	}
	return fyne.NewMenuItem("Include in the Brief", func() { set(true) })
}

// positionMenu is the right-click menu of a position's row.
func (x *positionsPanel) positionMenu(id string) *fyne.Menu {
	q := x.u.project().Position(id)
	if q == nil {
		return nil
	}
	return x.u.itemMenu(project.PositionItem, "position", id, q.Review, q.Selected,
		func(on bool) { x.setInclude(id, on) }, func() { x.choose(id) },
		func() { x.u.do("Delete position", func(p *project.Project) error { return p.DeletePosition(id) }) })
}

// topicMenu is the right-click menu of a topic's row.
func (t *topicsPanel) topicMenu(id string) *fyne.Menu {
	topic := t.u.project().Topic(id)
	if topic == nil {
		return nil
	}
	return t.u.itemMenu(project.TopicItem, "topic", id, topic.Review, topic.Selected,
		func(on bool) { t.onCheck(id, on) }, func() { t.choose(id) },
		func() { t.u.do("Delete topic", func(p *project.Project) error { return p.DeleteTopic(id) }) })
}

// itemMenu is the menu of a list row: review, brief (unless include is
// nil), focus and delete. The
// row's item is focused both to edit it and to show it in the article,
// since focusing does both.
func (u *ui) itemMenu(kind project.ItemKind, noun, id string, r project.Review, selected bool,
	include func(on bool), choose, del func()) *fyne.Menu {
	items := u.reviewItems(kind, noun, id, r)
	if include != nil {
		items = append(items, includeItem(selected, include))
	}
	items = append(items,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Edit", choose),
		fyne.NewMenuItem("Show in Article", choose),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Delete", del),
	)
	return fyne.NewMenu("", items...)
}

// actorMenu is the right-click menu of an actor's row. Delete goes
// through the panel's own Delete, which asks when positions go with it.
func (a *actorsPanel) actorMenu(id string) *fyne.Menu {
	x := a.u.project().Actor(id)
	if x == nil {
		return nil
	}
	return a.u.itemMenu(project.ActorItem, "actor", id, x.Review, false, nil, func() { a.choose(id) },
		func() { a.choose(id); a.onDelete() })
}

// selectionMenu is the right-click menu of the article in Select-text
// mode: copying, and making a topic, a position, an excerpt or a note of
// the selected passage.
func (a *articlePane) selectionMenu() *fyne.Menu {
	e := a.entry
	copyText := fyne.NewMenuItem("Copy", func() { e.TypedShortcut(&fyne.ShortcutCopy{Clipboard: a.u.app.Clipboard()}) })
	all := fyne.NewMenuItem("Select All", func() { e.TypedShortcut(&fyne.ShortcutSelectAll{}) })
	if _, _, ok := e.selection(); !ok {
		copyText.Disabled = true
		return fyne.NewMenu("", copyText, all)
	}
	return fyne.NewMenu("", copyText, all, fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("New Topic from the Selection…", a.newTopic),
		fyne.NewMenuItem("New Position…", a.newPosition),
		fyne.NewMenuItem("Key Excerpt", a.newExcerpt),
		fyne.NewMenuItem("Note…", a.newNote),
	)
}
