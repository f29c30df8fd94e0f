package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/actorregistry"
	"briefing/project"
)

// zelenskyArticle names one man in two spellings, which the analysis takes
// for two actors.
const zelenskyArticle = "Talks resume\n\nZelenskyy said on Tuesday that Kyiv opposes the new demands. Volodymyr Zelensky told reporters he wants a deal.\n\nThe European Commission said the plan is good.\n"

// registryFile writes data to dir/name and returns its path.
func registryFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRegistryOnlyWhenAsked: analyze and export ignore the user's own
// registry (the output stays the same for the same inputs) and apply the
// one --registry names, CSV or JSON; a bad registry file stops the command
// before anything is written, naming the file and the fault.
func TestRegistryOnlyWhenAsked(t *testing.T) {
	dir := t.TempDir()
	article := registryFile(t, dir, "tuesday.txt", zelenskyArticle)
	var mine actorregistry.Registry
	mine.RecordMerge("Volodymyr Zelensky", []string{"Zelenskyy"})
	t.Setenv(actorregistry.DirEnv, filepath.Join(dir, "config"))
	home, _ := actorregistry.DefaultPath()
	if err := actorregistry.Save(home, &mine); err != nil {
		t.Fatal(err)
	}
	code, plain, errOut := runCLI(t, "", "analyze", article)
	if code != 0 || !strings.Contains(plain, `"name": "Zelenskyy"`) {
		t.Fatalf("analyze without --registry: exit %d, %s\n%s", code, errOut, plain)
	}

	csv := registryFile(t, dir, "registry.csv", "name,canonical,role\nZelenskyy,Volodymyr Zelensky,President of Ukraine\n")
	code, out, errOut := runCLI(t, "", "analyze", "--registry", csv, article)
	if code != 0 || strings.Contains(out, `"name": "Zelenskyy"`) || !strings.Contains(out, `"role": "President of Ukraine"`) ||
		!strings.Contains(errOut, "the actor registry changed 2 actors") {
		t.Fatalf("analyze --registry: exit %d, %s\n%s", code, errOut, out)
	}

	brief := filepath.Join(dir, "out"+project.Extension)
	code, _, errOut = runCLI(t, "", "export", article, "--registry="+home, "--project", brief)
	if code != 0 {
		t.Fatalf("export --registry: exit %d: %s", code, errOut)
	}
	p, err := project.Load(brief)
	if err != nil {
		t.Fatal(err)
	}
	zs := 0
	for _, a := range p.Actors {
		if strings.Contains(a.Name, "Zelensk") {
			zs++
			if !strings.Contains(a.Why, project.RegistryReason) {
				t.Errorf("the merged actor's rule does not name the registry: %q", a.Why)
			}
		}
	}
	if zs != 1 {
		t.Errorf("export --registry kept %d Zelenskys", zs)
	}

	bad := registryFile(t, dir, "bad.csv", "actor,position\nZelensky,President\n")
	out2 := filepath.Join(dir, "never.brief")
	code, _, errOut = runCLI(t, "", "export", "--registry", bad, "--project", out2, article)
	if code != 1 || !strings.Contains(errOut, "bad.csv") || !strings.Contains(errOut, `column "actor"`) {
		t.Errorf("a bad registry: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(out2); err == nil {
		t.Error("a bad registry still wrote the project")
	}
	if code, _, errOut := runCLI(t, "", "analyze", article, "--registry"); code != 2 || !strings.Contains(errOut, "needs a FILE") {
		t.Errorf("--registry without FILE: exit %d, %q", code, errOut)
	}
}
