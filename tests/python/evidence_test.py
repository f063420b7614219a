"""Statement-level evidence (eval/train/evidence): the committed files pass check.py, and the tools catch what they
promise to catch."""
import glob, json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
EVIDENCE = os.path.join(ROOT, "eval", "train", "evidence")
sys.path.insert(0, EVIDENCE)
import agreement  # noqa: E402


def run(*args):
    proc = subprocess.run([sys.executable] + list(args), capture_output=True, text=True)
    return proc.returncode, proc.stdout + proc.stderr


def copy_files(dest):
    for path in glob.glob(os.path.join(EVIDENCE, "*.evidence.json")):
        shutil.copy(path, dest)


def test_committed_evidence_passes_check():
    """Every article of eval/train with a required edge has its evidence, and every file passes check.py (the
    trainer labels accusation positives by it)."""
    code, out = run(os.path.join(EVIDENCE, "check.py"), EVIDENCE)
    assert code == 0, out
    with_edges = 0
    for path in glob.glob(os.path.join(EVIDENCE, "..", "*.spec.json")):
        spec = json.load(open(path, encoding="utf-8"))
        if spec.get("accusation") or spec.get("rebuttal"):
            with_edges += 1
            assert os.path.exists(os.path.join(EVIDENCE, spec["id"] + ".evidence.json")), spec["id"]
    assert with_edges >= 250 and f"{with_edges} articles" in out.splitlines()[-1], out.splitlines()[-1]


def test_check_reports_each_kind_of_error_on_one_line():
    with tempfile.TemporaryDirectory() as tmp:
        copy_files(tmp)
        path = os.path.join(tmp, "bbc-business-015.evidence.json")
        doc = json.load(open(path, encoding="utf-8"))
        doc["edges"][0]["evidence"][0]["quote"] += " not in the text"
        doc["edges"][1]["evidence"][0]["cue"] = "absent cue"
        doc["edges"][2]["evidence"] = []
        doc["edges"][2].pop("note", None)
        del doc["edges"][3]
        doc["edges"].append({"kind": "rebuttal", "source": "BARROT", "target": "IATA", "evidence": [], "note": "x"})
        json.dump(doc, open(path, "w", encoding="utf-8"))
        code, out = run(os.path.join(EVIDENCE, "check.py"), tmp)
    assert code == 1, out
    for expected in ("quote is not an exact substring", "cue 'absent cue' is not inside its quote",
                     "no evidence and no note", "required accusation CAWLEY>EU listed 0 times",
                     "BARROT>IATA is an optional edge"):
        assert expected in out, f"missing {expected!r} in:\n{out}"


def test_sentence_split_keeps_abbreviations_and_quotes():
    text = 'Headline here\n\nMr. Trump said "it is wrong." Sen. Ted Cruz of the U.S. agreed. "Really?" he asked.\nNext'
    got = [text[s:e] for s, e in agreement.split_sentences(text)]
    assert got == ["Headline here", 'Mr. Trump said "it is wrong."', "Sen. Ted Cruz of the U.S. agreed.",
                   '"Really?" he asked.', "Next"], got


def test_agreement_is_perfect_on_itself_and_sees_a_dropped_sentence():
    code, out = run(os.path.join(EVIDENCE, "agreement.py"), EVIDENCE, EVIDENCE)
    assert code == 0 and "all" in out, out
    assert [l for l in out.splitlines() if l.startswith("all")][0].split()[-3:] == ["1.000", "1.000", "1.000"], out
    with tempfile.TemporaryDirectory() as tmp:
        copy_files(tmp)
        path = os.path.join(tmp, "bbc-business-103.evidence.json")
        doc = json.load(open(path, encoding="utf-8"))
        doc["edges"][0]["evidence"] = []
        doc["edges"][0]["note"] = "test: dropped"
        json.dump(doc, open(path, "w", encoding="utf-8"))
        code, out = run(os.path.join(EVIDENCE, "agreement.py"), EVIDENCE, tmp)
    assert code == 0, out
    recall = float([l for l in out.splitlines() if l.startswith("all")][0].split()[-2])
    assert recall < 1.0, out
    assert "bbc-business-103: accusation SPITZER>MARSH: evidence only from A" in out, out
