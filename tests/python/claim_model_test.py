"""The claim model: reproducible from the corpus, and its cross-validated figures above their floors."""
import os, re, subprocess

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
TRAIN = os.path.join(ROOT, "scripts", "train-claim-model")
# Floors: the figures reached when the model was last trained (eval/train README), less a margin for noise. They are
# regression lines, not the goals (accusations 0.65, rebuttals 0.55), which the closing note reports against.
CV_FLOOR = {"accusations": 0.38, "rebuttals": 0.25}


def test_the_committed_model_is_what_the_corpus_gives():
    out = subprocess.run([TRAIN, "--check"], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]


def test_cross_validation_stays_above_its_floors():
    out = subprocess.run([TRAIN, "--cv-only"], capture_output=True, text=True, check=True).stdout
    print(out.strip().splitlines()[-3:])
    for kind, floor in CV_FLOOR.items():
        m = re.search(rf"{kind}\s+P [0-9.]+\s+R [0-9.]+\s+F1 ([0-9.]+)", out)
        assert m, f"no {kind} line in:\n{out}"
        assert float(m.group(1)) >= floor, f"cross-validated {kind} F1 {m.group(1)} < {floor}"


def test_the_model_file_is_small():
    size = os.path.getsize(os.path.join(ROOT, "data", "claim_model.tsv"))
    assert 0 < size <= 500 * 1024, f"data/claim_model.tsv is {size} bytes"
