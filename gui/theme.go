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
	case colorPerson:
		return pick(rgb(0x1b5fb4, 255), rgb(0x7fb2ff, 255))
	case colorOrganization:
		return pick(rgb(0x1d7a46, 255), rgb(0x6fd49a, 255))
	case colorState:
		return pick(rgb(0xa8460f, 255), rgb(0xffa266, 255))
	case colorAlliance:
		return pick(rgb(0x7b2fa8, 255), rgb(0xd39bff, 255))
	case colorOtherActor:
		return pick(rgb(0x5c6370, 255), rgb(0xb8bec9, 255))
	case colorTopicShade:
		return pick(rgb(0xffd84d, 90), rgb(0xd9a800, 70))
	case colorActorShade:
		return pick(rgb(0x4d9fff, 70), rgb(0x4d9fff, 80))
	case colorFindShade:
		return pick(rgb(0xff8c1a, 140), rgb(0xff8c1a, 150))
	case colorMarkShade:
		return pick(rgb(0x33cc99, 80), rgb(0x33cc99, 70))
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
