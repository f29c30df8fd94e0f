package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/document"
	"briefing/project"
)

// articlePane is the left half of the window: the article in a reader
// view, or in a selectable text view ("Select text" mode) from which the
// user makes topics, positions, excerpts and notes.
type articlePane struct {
	u       *ui
	view    *articleView
	scroll  *wheelScroll
	entry   *readOnlyEntry
	docs    *widget.Select
	mode    *widget.Button
	actions *fyne.Container
	find    *findBar
	body    *fyne.Container
	empty   fyne.CanvasObject
	content fyne.CanvasObject

	selecting bool
	docIDs    []string
}

func newArticlePane(u *ui) *articlePane {
	a := &articlePane{u: u, view: newArticleView(), entry: newReadOnlyEntry()}
	a.view.OnTapped = a.onTapped
	a.entry.OnEscape = u.escape
	a.entry.Menu = a.selectionMenu
	a.scroll = newWheelScroll(a.view)
	a.view.OnHeightChanged = a.scroll.Refresh
	a.view.Viewport = func() (float32, float32) { return a.scroll.Offset.Y, a.scroll.Size().Height }
	a.scroll.OnScrolled = func(fyne.Position) { a.view.ViewportMoved() }
	a.scroll.onResized = a.view.ViewportMoved
	a.docs = widget.NewSelect(nil, a.onDocChosen)
	a.docs.Hide()
	a.mode = &widget.Button{Text: "Select text", Icon: theme.VisibilityIcon(), Importance: widget.LowImportance, OnTapped: a.toggleMode}
	a.actions = container.NewHBox(
		widget.NewLabelWithStyle("Selection:", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		&widget.Button{Text: "New topic", Icon: theme.ContentAddIcon(), OnTapped: a.newTopic},
		&widget.Button{Text: "New position…", Icon: theme.AccountIcon(), OnTapped: a.newPosition},
		&widget.Button{Text: "Key excerpt", Icon: theme.DocumentIcon(), OnTapped: a.newExcerpt},
		&widget.Button{Text: "Note…", Icon: theme.DocumentCreateIcon(), OnTapped: a.newNote},
	)
	a.actions.Hide()
	a.find = newFindBar(a)
	msg := widget.NewLabel("No article yet.\n\nOpen an article or a saved brief (File ▸ Open…, Ctrl+O),\ndrop a file on this window, or paste an article's text\n(File ▸ New from Pasted Text).")
	msg.Alignment = fyne.TextAlignCenter
	msg.Importance = widget.LowImportance
	a.empty = container.NewCenter(msg)
	a.body = container.NewStack(a.scroll, a.entry, a.empty)
	a.entry.Hide()
	top := container.NewVBox(
		container.NewHBox(a.docs, legend(), layout.NewSpacer(), a.mode),
		a.find.content,
		a.actions,
	)
	a.content = container.NewBorder(top, nil, nil, nil, a.body)
	return a
}

// legend shows the colour of each type of actor.
func legend() fyne.CanvasObject {
	box := container.NewHBox()
	for _, it := range []struct{ name, typ string }{
		{"Person", "person"}, {"Organisation", "organization"}, {"State", "state"}, {"Alliance", "alliance"}, {"Other", "other"},
	} {
		box.Add(container.NewHBox(container.NewCenter(newSwatch(actorColor(it.typ))),
			&widget.Label{Text: it.name, Importance: widget.LowImportance}))
	}
	return box
}

// swatch is a dot of a theme colour that follows theme changes.
type swatch struct {
	widget.BaseWidget
	name fyne.ThemeColorName
}

func newSwatch(name fyne.ThemeColorName) *swatch {
	s := &swatch{name: name}
	s.ExtendBaseWidget(s)
	return s
}

func (s *swatch) MinSize() fyne.Size { return fyne.NewSize(10, 10) }

func (s *swatch) CreateRenderer() fyne.WidgetRenderer {
	c := canvas.NewCircle(colorOf(s.Theme(), s.name))
	return &swatchRenderer{s: s, c: c}
}

type swatchRenderer struct {
	s *swatch
	c *canvas.Circle
}

func (r *swatchRenderer) Layout(size fyne.Size)        { r.c.Resize(size) }
func (r *swatchRenderer) MinSize() fyne.Size           { return r.s.MinSize() }
func (r *swatchRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.c} }
func (r *swatchRenderer) Destroy()                     {}
func (r *swatchRenderer) Refresh() {
	r.c.FillColor = colorOf(r.s.Theme(), r.s.name)
	r.c.Refresh()
}

func (a *articlePane) document() *document.Document {
	return a.u.project().Document(a.u.doc)
}

// showDocument puts the current document in both views.
func (a *articlePane) showDocument() {
	d := a.document()
	if d == nil {
		a.empty.Show()
	} else {
		a.empty.Hide()
	}
	a.view.SetDocument(d)
	a.entry.SetText("")
	if a.selecting && d != nil {
		a.entry.SetText(d.Text)
	}
	a.scroll.ScrollToTop()
	a.view.ViewportMoved()
}

// refresh updates the highlights and the list of documents.
func (a *articlePane) refresh() {
	p := a.u.project()
	a.docIDs = a.docIDs[:0]
	var names []string
	for _, d := range p.Documents {
		a.docIDs = append(a.docIDs, d.ID)
		names = append(names, project.DisplayTitle(d))
	}
	a.docs.SetOptions(names)
	if len(names) > 1 {
		a.docs.Show()
		for i, id := range a.docIDs {
			if id == a.u.doc && a.docs.SelectedIndex() != i {
				a.docs.SetSelectedIndex(i)
			}
		}
	} else {
		a.docs.Hide()
	}
	a.view.SetHighlights(a.highlights(p))
	a.find.recount()
}

// highlights lists what the reader colours and shades in the current
// document.
func (a *articlePane) highlights(p *project.Project) []highlight {
	var hs []highlight
	doc := a.u.doc
	for _, act := range p.LiveActors() {
		for _, m := range act.Mentions {
			if m.Doc != doc {
				continue
			}
			h := highlight{start: m.Start, end: m.End, fg: actorColor(act.Type), tag: act.ID}
			if act.ID == a.u.focusActor {
				h.bg, h.rank = colorActorShade, 3
			}
			hs = append(hs, h)
		}
	}
	if t := p.Topic(a.u.focusTopic); t != nil {
		for _, s := range t.Sentences {
			if s.Doc == doc {
				hs = append(hs, highlight{start: s.Start, end: s.End, bg: colorTopicShade, rank: 1})
			}
		}
	}
	if x := p.Position(a.u.focusPosition); x != nil && x.Evidence.Doc == doc {
		hs = append(hs, highlight{start: x.Evidence.Start, end: x.Evidence.End, bg: colorMarkShade, rank: 2})
	}
	for _, n := range p.Notes {
		if n.ID == a.u.focusNote && n.Anchor.Doc == doc {
			hs = append(hs, highlight{start: n.Anchor.Start, end: n.Anchor.End, bg: colorMarkShade, rank: 2})
		}
	}
	for _, x := range p.Excerpts {
		if x.ID == a.u.focusNote && x.Anchor.Doc == doc {
			hs = append(hs, highlight{start: x.Anchor.Start, end: x.Anchor.End, bg: colorMarkShade, rank: 2})
		}
	}
	for _, m := range a.find.matches {
		hs = append(hs, highlight{start: m, end: m + len(a.find.query), bg: colorFindShade, rank: 4})
	}
	return hs
}

func (a *articlePane) onDocChosen(string) {
	i := a.docs.SelectedIndex()
	if i < 0 || i >= len(a.docIDs) || a.docIDs[i] == a.u.doc {
		return
	}
	a.u.doc = a.docIDs[i]
	a.showDocument()
	a.refresh()
}

// showRange brings a passage of a document into view.
func (a *articlePane) showRange(anc project.Anchor) {
	if anc.Doc != a.u.doc && a.u.project().Document(anc.Doc) != nil {
		a.u.doc = anc.Doc
		a.showDocument()
		a.refresh()
	}
	if a.selecting {
		// Moving the cursor would stretch the user's selection to the
		// passage shown, and the next action would take that range: a
		// selection is the user's, and stays as it is.
		if d := a.document(); d != nil && a.entry.SelectedText() == "" {
			a.u.win.Canvas().Focus(a.entry)
			a.entry.moveCursorTo(runeOffset(d.Text, anc.Start))
		}
		return
	}
	y := a.view.OffsetY(anc.Start)
	a.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-60)))
	a.view.ViewportMoved()
}

// onTapped focuses the actor whose mention was tapped.
func (a *articlePane) onTapped(_ int, tag string) {
	if tag != "" {
		a.u.actors.choose(tag)
		a.u.tabs.SelectIndex(1)
	}
}

func (a *articlePane) toggleMode() {
	a.setSelecting(!a.selecting)
}

func (a *articlePane) setSelecting(on bool) {
	a.selecting = on
	if on {
		if d := a.document(); d != nil {
			a.entry.SetText(d.Text)
		}
		a.scroll.Hide()
		a.entry.Show()
		a.actions.Show()
		a.mode.SetText("Back to reading")
		a.mode.SetIcon(theme.NavigateBackIcon())
		a.relayout()
		return
	}
	a.entry.Hide()
	a.actions.Hide()
	a.scroll.Show()
	a.mode.SetText("Select text")
	a.mode.SetIcon(theme.VisibilityIcon())
	a.relayout()
}

// relayout lays the pane out again after a bar was shown or hidden.
func (a *articlePane) relayout() {
	if c, ok := a.content.(*fyne.Container); ok {
		c.Refresh()
	}
}

// selectedAnchor returns the passage selected in "select text" mode.
func (a *articlePane) selectedAnchor() (project.Anchor, bool) {
	d := a.document()
	start, end, ok := a.entry.selection()
	if d == nil || !ok || a.entry.Text != d.Text {
		a.u.showError("Nothing is selected", nil, "Select a passage of the article with the mouse first (drag across the words), then choose what to make of it.")
		return project.Anchor{}, false
	}
	anc, err := a.u.project().AnchorAt(d.ID, byteOffset(d.Text, start), byteOffset(d.Text, end))
	if err != nil {
		a.u.showError("The selection cannot be used", err, "Select a passage of the article with the mouse first.")
		return project.Anchor{}, false
	}
	return anc, true
}
