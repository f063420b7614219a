"""The dev set and the seed article, scored by ../shared/eval/tools/score.py exactly as the hidden set is: a
regression line under which the engine must not fall."""
import glob, os, re, subprocess, sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
CLI = os.path.join(ROOT, "build", "riposte")
# Regression lines at what the engine reaches with the trained claim model (6 Dec 2026, sixth session: dev accusations
# 0.791, rebuttals 0.700, sides 0.928; seed 0.889 / 0.909), less a small margin. Issue 13 asked for dev >= 0.80 / 0.75
# and seed >= 0.90 / 0.85: not reached; the thresholds are the ones cross-validation on eval/train picks (best F1 on
# articles nobody tuned for), not ones raised until the dev set passes. The fifth session's threshold rule gained on
# every one of the five CV splits and cost dev 0.800 / 0.737 -> 0.773 / 0.700 (13 articles, 17 rebuttal edges: one
# edge moves rebuttals by about 0.05; see bench/README.md, claim model). Sides were 0.951 until the sixth session's
# retraining (any retraining of it: with or without its co-occurrence rule) chose the accusation threshold 0.50, where
# one borderline accusation between two Labour members (a "he said" given to the wrong speaker, p 0.53) splits the
# party in bbc-politics-305 (sides 0.929 -> 0.626); no bar on such splits changes eval/train, so none was chosen on dev.
# Seventh session: parenthetical speakers and accusations lodged by a verb cost dev one edge each (0.782 / 0.683:
# shareholders "filed a criminal complaint about the payments to X" in bbc-business-506 are read as the bank's, the
# actor layer having no group of shareholders, and the rebuttal that answers it); "the company said" brought dev
# rebuttals to 0.718. CV over five splits at the end: 0.440 / 0.332 (0.436 / 0.331 at the start). Eighth session: the
# noun and object rules ("filed by X", "his allegation", "both X and Y") gained CV 0.444 / 0.343; the retrained
# rebuttal threshold (0.80 -> 0.75) gives dev 0.791 / 0.683. Best-F1 rule thresholds with no slack would have gained
# 0.005 more on accusations and cost dev 0.701 / 0.581 and the seed 0.462 / 0.571: not taken (bench/README.md).
# Ninth session: retrained on 441 articles, the accusation threshold rose to 0.60: dev 0.810 / 0.683, sides back to
# 0.951 (the borderline split of bbc-politics-305 is under it). The accusation line follows (0.75 -> 0.78); the sides
# line stays at 0.92, as a retraining that picks 0.50 again would bring the split back.
# Thirteenth session: charges given to the side that brings them (NOTES F1, found by the calibration against the dev
# gold) and a retraining that chose the accusation threshold 0.65: dev 0.815 / 0.732 with CV unchanged (0.450 / 0.359).
# The accusation line rises to the 0.80 (one edge under today's figure); rebuttals keep 0.65 (one of their 17
# edges moves F1 by about 0.05).
DEV_FLOOR = {"mentions": 0.99, "actors": 0.98, "sides": 0.92, "accusations": 0.80, "rebuttals": 0.65}
SEED_FLOOR = {"accusations": 0.80, "rebuttals": 0.85}  # one edge of the seed moves F1 by about 0.06


def score(golds):
    assert golds, "no dev gold files: ../shared must sit beside the repository"
    out = subprocess.run([sys.executable, os.path.join(SHARED, "eval", "tools", "score.py"), "--cmd",
                          f"{CLI} annotate -"] + golds, capture_output=True, text=True, check=True).stdout
    figures = {}
    for name in ("mentions", "actors", "sides", "accusations", "rebuttals"):
        m = re.search(rf"^{name}\s+P [0-9.]+\s+R [0-9.]+\s+F1 ([0-9.]+)", out, re.M)
        assert m, f"no {name} line in score.py's output"
        figures[name] = float(m.group(1))
    return figures


def test_dev_set_figures():
    got = score(sorted(glob.glob(os.path.join(SHARED, "eval", "dev", "*.gold.json"))))
    print(got)
    for name, floor in DEV_FLOOR.items():
        assert got[name] >= floor, f"dev {name} F1 {got[name]:.3f} < {floor}"


def test_seed_article_figures():
    got = score([os.path.join(SHARED, "eval", "dev", "efe-china-us-cyber.gold.json")])
    print(got)
    for name, floor in SEED_FLOOR.items():
        assert got[name] >= floor, f"seed {name} F1 {got[name]:.3f} < {floor}"
