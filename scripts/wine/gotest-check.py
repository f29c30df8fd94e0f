#!/usr/bin/env python3
"""Reads the -test.v output of a Go test binary run under Wine (standard
input) and says whether its tests passed.

One failure is Wine's, not ours, and is allowed: Wine 8 does not implement
FileDispositionInformationEx, which Go's os.RemoveAll uses on Windows, so the
clean-up of t.TempDir fails with "Invalid function" (Windows 10 1607 and later
have it). A test whose only complaints are that clean-up counts as passed;
any other message fails it. Prints one line per package and exits 1 on a
failure, showing the test's output.

Usage: wine pkg.test.exe -test.v | gotest-check.py NAME
"""
import re, sys

name = sys.argv[1] if len(sys.argv) > 1 else "tests"
WINE_CLEANUP = re.compile(r"^\s+testing\.go:\d+: TempDir RemoveAll cleanup: .*Invalid function\.\s*$")
RESULT = re.compile(r"^\s*--- (PASS|FAIL|SKIP): (\S+)")
RUN = re.compile(r"^=== (RUN|CONT|PAUSE|NAME)\s+(\S+)")

blocks, current, results = {}, None, {}
for line in sys.stdin:
    line = line.rstrip("\n")
    m = RUN.match(line)
    if m:
        current = m.group(2)
        blocks.setdefault(current, [])
        continue
    m = RESULT.match(line)
    if m:
        results[m.group(2)] = m.group(1)
        current = None
        continue
    if current is not None:
        blocks[current].append(line)

passed = wine_only = 0
failed = []
for test, res in results.items():
    if res == "PASS":
        passed += 1
    elif res == "FAIL":
        lines = [l for l in blocks.get(test, []) if l.strip()]
        own = [l for l in lines if not WINE_CLEANUP.match(l)]
        # a parent test fails when a subtest does: judge the subtests
        subs = [t for t in results if t.startswith(test + "/")]
        if not own and (lines or subs):
            wine_only += 1
        elif subs and not own:
            wine_only += 1
        else:
            failed.append((test, own))
if not results:
    print(f"{name}: no test ran")
    sys.exit(1)
print(f"{name}: {passed} passed, {wine_only} passed but for Wine's t.TempDir clean-up, {len(failed)} failed")
for test, own in failed:
    print(f"--- FAIL {test}")
    for l in own[:20]:
        print(l)
sys.exit(1 if failed else 0)
