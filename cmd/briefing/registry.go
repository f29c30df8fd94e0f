package main

import (
	"fmt"
	"io"
	"strings"

	"briefing/actorregistry"
	"briefing/project"
)

// The command line applies an actor registry only when --registry names
// one: the user's own registry (which the window applies) is left out, so
// that the same inputs always give the same analysis and exports.

// registryFlag takes --registry FILE (or --registry=FILE) out of args and
// returns the rest, for analyze, whose other arguments are all FILEs.
func registryFlag(args []string) (path string, rest []string, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--registry" || a == "-registry":
			if i+1 == len(args) {
				return "", nil, usageError{a + " needs a FILE: an actor registry (JSON or CSV)"}
			}
			i++
			path = args[i]
		case strings.HasPrefix(a, "--registry=") || strings.HasPrefix(a, "-registry="):
			_, path, _ = strings.Cut(a, "=")
		default:
			rest = append(rest, a)
		}
	}
	return path, rest, nil
}

// readRegistry reads the --registry file, before a long analysis, or
// returns nil when none is given.
func readRegistry(path string) (*actorregistry.Registry, error) {
	if path == "" {
		return nil, nil
	}
	r, err := actorregistry.ReadFile(path)
	if err != nil {
		return nil, oneLineError{fmt.Errorf("--registry: %w", err)}
	}
	return r, nil
}

// applyRegistry applies r (when given) to the project and says on stderr
// how many actors it changed.
func applyRegistry(p *project.Project, r *actorregistry.Registry, stderr io.Writer) {
	if r == nil {
		return
	}
	n := p.ApplyRegistry(r)
	fmt.Fprintf(stderr, "briefing: the actor registry changed %d %s\n", n, plural(n, "actor", "actors"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
