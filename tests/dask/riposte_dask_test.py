#!/usr/bin/python3
"""python/riposte_dask.py on a Dask LocalCluster of 2 worker processes, against one `riposte annotate --jsonl`.

Every case compares documents byte for byte with the single-process output of the same lines in the same order.
The BBC corpus comes from ../shared/corpora at run time (a missing corpus fails: nothing here passes by skipping).
Ends with "N passed, N failed" (scripts/test reads it). Run: /usr/bin/python3 tests/dask/riposte_dask_test.py
"""
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "python"))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import riposte_dask  # noqa: E402
from bbc_jsonl import articles  # noqa: E402

RIPOSTE = os.path.join(ROOT, "build", "riposte")
CORPUS = os.path.join(ROOT, "..", "shared", "corpora", "bbc")


def write_shards(folder, lines, shards):
    os.makedirs(folder, exist_ok=True)
    per = -(-len(lines) // shards)
    for k in range(shards):
        with open(os.path.join(folder, f"shard-{k:02d}.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(lines[k * per:(k + 1) * per])


def corpus_lines(n):
    docs = list(articles(CORPUS))
    assert len(docs) >= n, f"the BBC corpus is missing or short under {CORPUS}"
    return [json.dumps({"id": rel, "text": text}, ensure_ascii=False) + "\n" for rel, text in docs[:n]]


def single_process(lines):
    proc = subprocess.run([RIPOSTE, "annotate", "--jsonl", "--jobs", "1", "-"], input="".join(lines).encode(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


def shards_output(out):
    parts = sorted(p for p in os.listdir(out) if p.startswith("part-"))
    assert parts, f"no part files in {out}"
    assert not [p for p in os.listdir(out) if p.endswith(".tmp")], "a temporary shard was left behind"
    return b"".join(open(os.path.join(out, p), "rb").read() for p in parts)


def check_same_documents(dask_out, expected, lines):
    assert dask_out == expected, "the cluster's shards differ from the single-process output"
    ids = [json.loads(line)["id"] for line in dask_out.decode().splitlines()]
    assert len(ids) == len(set(ids)) == len(lines), f"{len(ids)} output lines, {len(set(ids))} ids, {len(lines)} inputs"


class Cases:
    def __init__(self, tmp, client):
        self.tmp, self.client = tmp, client

    def test_local_cluster_matches_single_process(self):
        lines = corpus_lines(400)
        shards = os.path.join(self.tmp, "in-a")
        write_shards(shards, lines, 3)
        out = os.path.join(self.tmp, "out-a")
        summary = riposte_dask.annotate_corpus(self.client, [os.path.join(shards, "*.jsonl")], out, RIPOSTE,
                                               partition_mb=0.1, log=quiet)
        check_same_documents(shards_output(out), single_process(lines), lines)
        assert summary["documents"] == 400 and summary["errors"] == 0, summary
        assert summary["partitions"] >= 6 and summary["partitions_failed"] == 0, summary
        assert summary["input_bytes"] == sum(len(line.encode()) for line in lines), summary
        assert summary["mb_per_s"] > 0 and summary["workers"] == 2, summary
        on_disk = json.load(open(os.path.join(out, "_summary.json")))
        assert on_disk["documents"] == 400, on_disk

    def test_fsspec_url_and_bad_lines(self):
        lines = corpus_lines(60)
        lines[5] = "not json\n"
        lines[30] = '{"id": "no-text"}\n'
        shards = os.path.join(self.tmp, "in-b")
        write_shards(shards, lines, 2)
        out = os.path.join(self.tmp, "out-b")
        summary = riposte_dask.annotate_corpus(self.client, ["file://" + os.path.join(shards, "shard-*.jsonl")], out,
                                               RIPOSTE, partition_mb=0.02, log=quiet)
        dask_out = shards_output(out)
        assert dask_out == single_process(lines)
        answers = [json.loads(line) for line in dask_out.decode().splitlines()]
        assert len(answers) == 60 and set(answers[30]) == {"id", "error"} and answers[30]["id"] == "no-text"
        assert summary["errors"] == 2 and summary["documents"] == 60, summary
        assert any("not valid JSON" in m for m in summary["error_messages"]), summary["error_messages"]

    def test_command_line_exit_status_and_overwrite(self):
        lines = corpus_lines(20) + ["not json\n"]
        shards = os.path.join(self.tmp, "in-c")
        write_shards(shards, lines, 1)
        out = os.path.join(self.tmp, "out-c")
        address = self.client.scheduler.address
        args = ["--scheduler", address, "--out", out, "--riposte", RIPOSTE, "--quiet", os.path.join(shards, "*")]
        assert riposte_dask.main(args) == 1  # a bad line: exit 1, the rest written
        assert riposte_dask.main(args) == 2  # OUT holds a run: refused without --overwrite
        assert riposte_dask.main(args + ["--overwrite"]) == 1
        assert shards_output(out) == single_process(lines)
        assert riposte_dask.main(["--scheduler", address, "--out", out + "-x", os.path.join(shards, "nothing*")]) == 2


def test_killed_worker_loses_and_duplicates_nothing(tmp):
    """Kills one worker process (SIGKILL) while partitions run; its tasks run again elsewhere or on the restarted
    worker, and the shards still hold every document exactly once."""
    from distributed import Client, LocalCluster

    log_path = os.path.join(tmp, "runs.log")
    slow = os.path.join(tmp, "slow-riposte")
    with open(slow, "w") as f:  # each partition takes 0.4 s longer, so the kill lands mid-run
        f.write(f'#!/bin/sh\necho "$RIPOSTE_DASK_PART $$" >> {log_path}\nsleep 0.4\nexec {RIPOSTE} "$@"\n')
    os.chmod(slow, 0o755)
    lines = corpus_lines(300)
    shards = os.path.join(tmp, "in-k")
    write_shards(shards, lines, 2)
    out = os.path.join(tmp, "out-k")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
        before = client.run(os.getpid)
        result = {}
        runner = threading.Thread(target=lambda: result.update(riposte_dask.annotate_corpus(
            client, [os.path.join(shards, "*.jsonl")], out, slow, partition_mb=0.04, log=quiet)))
        runner.start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not os.path.exists(log_path) or len(open(log_path).readlines()) < 3):
            time.sleep(0.05)
        # The worker running the partition that started last (the shell's parent), while it sleeps in the wrapper:
        # certainly mid-task.
        last_shell = int(open(log_path).readlines()[-1].split()[1])
        victim = parent_pid(last_shell)
        assert victim in before.values(), f"the wrapper {last_shell} does not run under a worker ({before})"
        os.kill(victim, signal.SIGKILL)
        runner.join(120)
        assert not runner.is_alive(), "the run did not finish after a worker was killed"
        after = client.run(os.getpid)
    started = [line.split()[0] for line in open(log_path)]
    retried = sorted({p for p in started if started.count(p) > 1})
    print(f"  killed worker pid {victim}; partitions started {len(started)} times for {result.get('partitions')} "
          f"partitions; run again: {retried}; worker pids before {sorted(before.values())}, after "
          f"{sorted(after.values())}")
    assert victim not in after.values(), "the killed worker is still listed"
    assert retried, "no partition ran twice: the kill did not interrupt a task"
    assert result["documents"] == 300 and result["partitions_failed"] == 0, result
    check_same_documents(shards_output(out), single_process(lines), lines)


def parent_pid(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("PPid:"):
            return int(line.split()[1])
    raise RuntimeError(f"no parent for {pid}")


def quiet(*args, **kwargs):
    pass


def main():
    from distributed import Client, LocalCluster

    assert os.path.exists(RIPOSTE), f"{RIPOSTE} is missing: scripts/build native"
    passed = failed = 0
    tmp = tempfile.mkdtemp(prefix="riposte-dask-test-")

    def run(name, fn, *args):
        nonlocal passed, failed
        t0 = time.monotonic()
        try:
            fn(*args)
            passed += 1
            print(f"ok   {name} ({time.monotonic() - t0:.1f} s)")
        except Exception:  # noqa: BLE001 - every failure is printed and counted
            failed += 1
            print(f"FAIL {name}\n{traceback.format_exc()}")

    try:
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
            cases = Cases(tmp, client)
            for name in sorted(n for n in dir(cases) if n.startswith("test_")):
                run(name, getattr(cases, name))
        run("test_killed_worker_loses_and_duplicates_nothing", test_killed_worker_loses_and_duplicates_nothing, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
