package gui

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is the relative luminance of an opaque colour (WCAG 2.2).
func luminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
}

// contrast is the WCAG contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// over composites a translucent colour over an opaque one.
func over(top, bottom color.Color) color.Color {
	t := color.NRGBAModel.Convert(top).(color.NRGBA)
	b := color.NRGBAModel.Convert(bottom).(color.NRGBA)
	a := float64(t.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(t.R, b.R), G: mix(t.G, b.G), B: mix(t.B, b.B), A: 255}
}

// Every text colour the window uses meets WCAG AA (4.5:1) on every
// background it is drawn on, in both themes: labels of each importance
// (the status bar and provenance lines are low-importance labels, the
// stance labels success, danger and low), text on coloured buttons and
// badges, and the article's actor colours on the plain and shaded text.
func TestThemeContrast(t *testing.T) {
	const aa = 4.5
	th := newAppTheme(themeSystem)
	labelText := []fyne.ThemeColorName{
		theme.ColorNameForeground, theme.ColorNameDisabled, theme.ColorNameSuccess,
		theme.ColorNameError, theme.ColorNameWarning,
	}
	grounds := []fyne.ThemeColorName{
		theme.ColorNameBackground, theme.ColorNameOverlayBackground, theme.ColorNameInputBackground,
		theme.ColorNameHeaderBackground, theme.ColorNameMenuBackground,
	}
	onColour := map[fyne.ThemeColorName]fyne.ThemeColorName{
		theme.ColorNameForegroundOnSuccess: theme.ColorNameSuccess,
		theme.ColorNameForegroundOnError:   theme.ColorNameError,
		theme.ColorNameForegroundOnWarning: theme.ColorNameWarning,
	}
	actors := []fyne.ThemeColorName{colorPerson, colorOrganization, colorState, colorAlliance, colorOtherActor}
	shades := []fyne.ThemeColorName{colorTopicShade, colorActorShade, colorMarkShade, colorFindShade}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		name := map[fyne.ThemeVariant]string{theme.VariantLight: "light", theme.VariantDark: "dark"}[v]
		c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
		check := func(what string, fg, bg color.Color) {
			if r := contrast(fg, bg); r < aa {
				t.Errorf("%s theme: %s: contrast %.2f:1, want at least %.1f:1", name, what, r, aa)
			}
		}
		for _, fg := range labelText {
			for _, bg := range grounds {
				check(fmt.Sprintf("%s text on %s", fg, bg), c(fg), c(bg))
			}
		}
		for fg, bg := range onColour {
			check(fmt.Sprintf("%s on %s", fg, bg), c(fg), c(bg))
		}
		bg := c(theme.ColorNameBackground)
		for _, fg := range actors {
			check(fmt.Sprintf("%s on the article", fg), c(fg), bg)
			for _, s := range shades {
				check(fmt.Sprintf("%s on %s", fg, s), c(fg), over(c(s), bg))
			}
		}
		for _, s := range shades {
			check(fmt.Sprintf("article text on %s", s), c(theme.ColorNameForeground), over(c(s), bg))
		}
	}
}

func TestContrastFormula(t *testing.T) {
	black, white := color.Black, color.White
	if r := contrast(black, white); math.Abs(r-21) > 1e-9 {
		t.Errorf("black on white: %.3f, want 21", r)
	}
	// #767676 on white is the lightest grey that passes AA: 4.54:1.
	if r := contrast(color.NRGBA{0x76, 0x76, 0x76, 255}, white); math.Abs(r-4.54) > 0.01 {
		t.Errorf("#767676 on white: %.3f, want 4.54", r)
	}
}
