package escape

import "testing"

func TestControls(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`C:\Users\Ana\brief.pdf`, `C:\Users\Ana\brief.pdf`},
		{"/tmp/x\nbriefing: done", `/tmp/x\nbriefing: done`},
		{"a\u202eb", `a\u202eb`},
		{"\x1b[2J", `\x1b[2J`},
		{"caf\xe9", `caf\xe9`},
		{"Café “brief”", "Café “brief”"},
	} {
		if got := Controls(c.in); got != c.want {
			t.Errorf("Controls(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}
