package report

import (
	"strings"

	"github.com/xuri/excelize/v2"
)

// printSetup makes a sheet print as analysts expect: landscape, as wide as
// one page and as long as it needs, the header row repeated on every page,
// and the handling marking in bold at the top and bottom of each page with
// the brief's title and "Page N of M". It must run before the sheet's
// stream writer starts: excelize writes the sheet's properties then.
func (x *xlWriter) printSetup(sheet string, titleRows bool) error {
	if err := x.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: ptr(true)}); err != nil {
		return err
	}
	if err := x.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Orientation: ptr("landscape"), FitToWidth: ptr(1), FitToHeight: ptr(0),
	}); err != nil {
		return err
	}
	marking := xlHeaderText(strings.ToUpper(strings.TrimSpace(x.ix.p.Brief.Marking)), 60)
	title := xlHeaderText(briefTitle(x.ix.p), 60)
	if err := x.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: "&L" + title + "&C&B" + marking + "&R" + xlHeaderText(sheet, 31),
		OddFooter: "&C&B" + marking + "&RPage &P of &N",
	}); err != nil {
		return err
	}
	if !titleRows {
		return nil
	}
	return x.f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", RefersTo: "'" + sheet + "'!$1:$1", Scope: sheet,
	})
}

// xlHeaderText makes text safe in a page header or footer, where "&"
// starts a code, and short enough for Excel's 255 characters a section.
func xlHeaderText(s string, limit int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > limit {
		s = string(r[:limit-1]) + "…"
	}
	return strings.ReplaceAll(s, "&", "&&")
}
