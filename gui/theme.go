package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Colour names the reader uses beyond Fyne's own.
const (
	colorPerson       fyne.ThemeColorName = "briefing.person"
	colorOrganization fyne.ThemeColorName = "briefing.organization"
	colorState        fyne.ThemeColorName = "briefing.state"
	colorAlliance     fyne.ThemeColorName = "briefing.alliance"
	colorOtherActor   fyne.ThemeColorName = "briefing.other"
	colorTopicShade   fyne.ThemeColorName = "briefing.topicShade"
	colorActorShade   fyne.ThemeColorName = "briefing.actorShade"
	colorFindShade    fyne.ThemeColorName = "briefing.findShade"
	colorMarkShade    fyne.ThemeColorName = "briefing.markShade"
)

// Theme choices in the preferences.
const (
	themeSystem = "System"
	themeLight  = "Light"
	themeDark   = "Dark"
)

// appTheme wraps Fyne's default theme: it can force the light or dark
// variant, and it adds the reader's colours.
type appTheme struct {
	fyne.Theme
	forced  bool
	variant fyne.ThemeVariant
}

func newAppTheme(choice string) *appTheme {
	t := &appTheme{Theme: theme.DefaultTheme()}
	switch choice {
	case themeLight:
		t.forced, t.variant = true, theme.VariantLight
	case themeDark:
		t.forced, t.variant = true, theme.VariantDark
	}
	return t
}

func rgb(hex uint32, a uint8) color.NRGBA {
	return color.NRGBA{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: a}
}

// Color gives the reader's colours for light and dark backgrounds.
func (t *appTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.forced {
		v = t.variant
	}
	dark := v == theme.VariantDark
	pick := func(light, darkC color.NRGBA) color.Color {
		if dark {
			return darkC
		}
		return light
	}
	switch name {
	// The actor colours and the shades are chosen together: every actor
	// colour, and the text's, keeps 4.5:1 on every shade (TestThemeContrast).
	case colorPerson:
		return pick(rgb(0x1a56a3, 255), rgb(0x7fb2ff, 255))
	case colorOrganization:
		return pick(rgb(0x17663a, 255), rgb(0x6fd49a, 255))
	case colorState:
		return pick(rgb(0x983f0d, 255), rgb(0xffa266, 255))
	case colorAlliance:
		return pick(rgb(0x7b2fa8, 255), rgb(0xd39bff, 255))
	case colorOtherActor:
		return pick(rgb(0x545a66, 255), rgb(0xb8bec9, 255))
	case colorTopicShade:
		return pick(rgb(0xffd84d, 90), rgb(0xd9a800, 70))
	case colorActorShade:
		return pick(rgb(0x4d9fff, 50), rgb(0x4d9fff, 80))
	case colorFindShade:
		return pick(rgb(0xff8c1a, 80), rgb(0xff8c1a, 75))
	case colorMarkShade:
		return pick(rgb(0x33cc99, 60), rgb(0x33cc99, 70))
	// Fyne draws low-importance labels in the Disabled colour, and the
	// window uses them for the text one reads second (the status bar,
	// where an item comes from, hints): Fyne's own is about 1.3:1 on the
	// background. So that disabled widgets still look disabled, the light
	// theme's text, Fyne's mid grey, becomes near black. Fyne's success,
	// error and warning colours, for stances and review badges, are too
	// light on white.
	case theme.ColorNameForeground:
		if !dark {
			return rgb(0x222222, 255)
		}
	case theme.ColorNameDisabled:
		return pick(rgb(0x6b6b6b, 255), rgb(0xa0a0a0, 255))
	case theme.ColorNameSuccess:
		return pick(rgb(0x1e7b34, 255), rgb(0x43f436, 255))
	case theme.ColorNameError:
		return pick(rgb(0xc62828, 255), rgb(0xff7a6b, 255))
	case theme.ColorNameWarning:
		return pick(rgb(0x8a5300, 255), rgb(0xff9800, 255))
	}
	return t.Theme.Color(name, v)
}

// actorColor is the colour of an actor type's mentions.
func actorColor(typ string) fyne.ThemeColorName {
	switch typ {
	case "person":
		return colorPerson
	case "organization", "organisation":
		return colorOrganization
	case "state":
		return colorState
	case "alliance":
		return colorAlliance
	}
	return colorOtherActor
}
