"""The cue detector's model (data/attribution_model.tsv) is what PolNeAR's train split gives, and the PolNeAR test
benchmark stays above its regression lines."""
import json, os, re, subprocess, sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
TRAIN = os.path.join(ROOT, "scripts", "train-attribution-model")
# Regression lines: 6 Dec 2026 (fourth session, branch attribution3) the engine gave cue recall 0.768, precision
# 0.809, source accuracy 0.906 on PolNeAR test (issue 13 asks recall >= 0.75 at precision >= 0.80 and source accuracy
# >= 0.90); the lines sit under them by about two standard errors of precision (recall at the issue's own line).
FLOOR = {"cue_recall": 0.75, "cue_precision": 0.79, "source_accuracy": 0.88}


def test_the_committed_attribution_model_is_what_polnear_gives():
    out = subprocess.run([TRAIN, "--check"], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]


def test_polnear_test_figures():
    out = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "polnear.py")], capture_output=True, text=True,
                         check=True).stdout
    m = re.search(r"^RESULT (\{.*\})$", out, re.M)
    assert m, "no RESULT line in bench/polnear.py's output:\n" + out[-2000:]
    got = json.loads(m.group(1))
    print({k: round(got[k], 3) for k in FLOOR})
    for name, floor in FLOOR.items():
        assert got[name] >= floor, f"PolNeAR test {name} {got[name]:.3f} < {floor}"
