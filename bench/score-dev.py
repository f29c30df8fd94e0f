#!/usr/bin/env python3
"""Score `briefing analyze` on the development sets, per genre, with the calibration of
its confidences and the stance agreement, using the evaluation's own matching rules
(../shared/eval/score.py, imported).

Usage: python3 bench/score-dev.py [BRIEFING] [EVAL_DIR] [--stance-errors]
  BRIEFING  the binary (default ./briefing); EVAL_DIR default ../shared/eval.

The genre of each text is read from the `kind` column of its set's SOURCES.md where it
has one; the State Department texts of dev are "diplomatic".
"""
import json, os, subprocess, sys, glob, collections

args = [a for a in sys.argv[1:] if not a.startswith("--")]
binary = args[0] if len(args) > 0 else "./briefing"
evaldir = args[1] if len(args) > 1 else "../shared/eval"
if not os.path.isfile(os.path.join(evaldir, "score.py")):
    print(f"score-dev: {evaldir}/score.py not found (the evaluation folder is not here)")
    sys.exit(0)
sys.path.insert(0, evaldir)
import score  # noqa: E402

# genres by file name prefix: the kinds of text SOURCES.md describes
GENRES = {
    "dev/": "diplomatic readouts and statements",
    "dev/00-seed": "world news report",
    "dev2/01": "speech", "dev2/02": "speech", "dev2/03": "interview",
    "dev2/04": "court ruling", "dev2/05": "economy (central bank)", "dev2/06": "business",
    "dev2/07": "domestic politics", "dev2/08": "elections", "dev2/09": "public health",
    "dev2/10": "environment", "dev2/11": "asylum and human rights", "dev2/12": "conflict report",
}

def genre(rel):
    best = ""
    for k in GENRES:
        if rel.startswith(k) and len(k) > len(best):
            best = k
    return GENRES.get(best, "other")

def matches(gold, pred):
    """One-to-one greedy matching as score.py does; returns {pred index: gold index}."""
    idx = score.ActorIndex(gold.get("actors", []))
    gps = gold.get("positions", [])
    cands = []
    for pi, pp in enumerate(pred):
        m = idx.match(pp.get("actor", ""))
        if m is None:
            continue
        pname = idx.actors[m]["name"]
        for gi, gp in enumerate(gps):
            if pname != gp.get("actor") and pname not in (gp.get("co_actors") or []):
                continue
            d = score.dice(pp.get("evidence", ""), gp.get("evidence", ""))
            if d >= 0.5:
                cands.append((d, pi, gi))
    cands.sort(reverse=True)
    out, used_g = {}, set()
    for d, pi, gi in cands:
        if pi in out or gi in used_g:
            continue
        out[pi] = gi
        used_g.add(gi)
    return out

by_genre = collections.defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0])  # atp afp afn ptp pfp pfn stance_ok
bins = collections.defaultdict(lambda: [0, 0])
confusion = collections.Counter()  # (gold stance, predicted stance) on matched positions
misses = []  # stance disagreements, printed with --stance-errors
for s in ("dev", "dev2"):
    for txt in sorted(glob.glob(os.path.join(evaldir, s, "*.txt"))):
        rel = s + "/" + os.path.basename(txt)
        gold = json.load(open(txt[:-4] + ".gold.json", encoding="utf-8"))
        out = subprocess.run([binary, "analyze", txt], capture_output=True, text=True, check=True).stdout
        pred = json.loads(out)
        atp, afp, afn, _, _ = score.score_actors(gold, pred.get("actors", []))
        pos = pred.get("positions", [])
        m = matches(gold, pos)
        g = by_genre[genre(rel)]
        g[0] += atp; g[1] += afp; g[2] += afn
        g[3] += len(m); g[4] += len(pos) - len(m); g[5] += len(gold.get("positions", [])) - len(m)
        for pi, pp in enumerate(pos):
            c = pp.get("confidence", 0)
            b = "0.8+" if c >= 0.8 else "0.6-0.8" if c >= 0.6 else "<0.6"
            bins[b][0] += 1
            if pi in m:
                bins[b][1] += 1
                gs = gold["positions"][m[pi]].get("stance")
                confusion[(gs, pp.get("stance"))] += 1
                if pp.get("stance") == gs:
                    g[6] += 1
                else:
                    misses.append((rel, gs, pp.get("stance"), pp.get("why", ""), pp.get("evidence", "")))

print(f"{'genre':40} {'actor F1':>9} {'pos P':>6} {'pos R':>6} {'pos F1':>7} {'stance':>8}")
tot = [0] * 7
for name, g in sorted(by_genre.items()):
    tot = [a + b for a, b in zip(tot, g)]
    af = score.prf(g[0], g[1], g[2])[2]
    p, r, f = score.prf(g[3], g[4], g[5])
    st = f"{g[6]}/{g[3]}"
    print(f"{name:40} {af:9.3f} {p:6.3f} {r:6.3f} {f:7.3f} {st:>8}")
af = score.prf(tot[0], tot[1], tot[2])[2]
p, r, f = score.prf(tot[3], tot[4], tot[5])
print(f"{'ALL (dev + dev2)':40} {af:9.3f} {p:6.3f} {r:6.3f} {f:7.3f} {tot[6]}/{tot[3]} = {tot[6]/max(1,tot[3]):.1%}")
print(f"actors tp {tot[0]} fp {tot[1]} fn {tot[2]}: F1 {af:.4f}; positions F1 {f:.4f}")
print("\nconfidence   suggested  right  share right")
for b in ("0.8+", "0.6-0.8", "<0.6"):
    n, ok = bins[b]
    print(f"{b:12} {n:9} {ok:6} {ok/max(1,n):11.0%}")

stances = ["supports", "opposes", "neutral", "claims"]
print("\nstance confusion on matched positions (rows gold, columns suggested)")
print(f"{'':10}" + "".join(f"{c:>10}" for c in stances))
for r in stances:
    print(f"{r:10}" + "".join(f"{confusion[(r, c)]:10}" for c in stances))
if "--stance-errors" in sys.argv:
    for rel, gs, ps, why, ev in misses:
        print(f"\n{rel} gold={gs} suggested={ps} why={why}\n  {ev}")
