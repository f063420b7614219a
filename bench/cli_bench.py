#!/usr/bin/python3
"""Corpus throughput as users run it: the CLI end to end on one core and on every core, and the Dask driver on a
LocalCluster, on the same BBC text as riposte_bench (bench/README.md, "A corpus at scale").

  /usr/bin/python3 bench/cli_bench.py [--runs 3] [--min-mb 10] [--no-dask]

Input: bench/bbc_jsonl.py's JSONL of the BBC corpus (sorted by path, repeated to >= 10 MB of text) in
build/bench/bbc.jsonl, and the same lines in 4 shards for Dask. MB/s counts the articles' text (UTF-8 bytes / 10^6,
the same 10.08 MB riposte_bench counts), not the JSONL around it; articles/hour = documents / seconds * 3600.
Each mode: one warm-up run, then `--runs` timed runs, the median reported (best printed too). The CLI runs are
`riposte annotate --jsonl --jobs N FILE > build/bench/cli-out.jsonl` (reading, parsing, annotating, JSON out,
writing: everything); the Dask run is python/riposte_dask.py's annotate_corpus on a LocalCluster of one worker
process per core (one thread each; the cluster is started before timing, as a standing cluster would be), writing
its part files. Peak RSS is the riposte process's (GNU time's %M), for a 1 MB and the 10 MB stream.
Prints one "RESULT {json}" line per mode for bench/run_all.mjs.
"""
import argparse
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(ROOT, "python"))
sys.path.insert(0, os.path.join(ROOT, "bench"))
from bbc_jsonl import articles  # noqa: E402

RIPOSTE = os.path.join(ROOT, "build", "riposte")
WORK = os.path.join(ROOT, "build", "bench")


def make_inputs(min_mb, corpus):
    docs = list(articles(corpus))
    if not docs:
        sys.exit(f"cli_bench: no BBC articles under {corpus}")
    text_bytes = sum(len(t.encode()) for _, t in docs)
    passes = max(1, -(-int(min_mb * 1e6) // text_bytes))
    lines = [json.dumps({"id": f"{p}/{rel}", "text": t}, ensure_ascii=False) + "\n"
             for p in range(passes) for rel, t in docs]
    os.makedirs(WORK, exist_ok=True)
    big = os.path.join(WORK, "bbc.jsonl")
    with open(big, "w", encoding="utf-8") as f:
        f.writelines(lines)
    small = os.path.join(WORK, "bbc-1mb.jsonl")
    with open(small, "w", encoding="utf-8") as f:
        f.writelines(lines[: max(1, len(lines) // 10)])
    shards = os.path.join(WORK, "bbc-shards")
    shutil.rmtree(shards, ignore_errors=True)
    os.makedirs(shards)
    per = -(-len(lines) // 4)
    for k in range(4):
        with open(os.path.join(shards, f"part-{k}.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(lines[k * per:(k + 1) * per])
    return big, small, shards, len(lines), text_bytes * passes, passes, len(docs)


def run_cli(path, jobs, out_path):
    """One CLI run: wall seconds, CPU seconds (user + system) and peak RSS in kB of the riposte process.

    Through GNU time (its %M is riposte's own peak): a process forked from Python would count Python's pages too."""
    with open(out_path, "wb") as out:
        t0 = time.monotonic()
        proc = subprocess.run(["/usr/bin/time", "-f", "riposte-usage %M %U %S", RIPOSTE, "annotate", "--jsonl",
                               "--jobs", str(jobs), path], stdout=out, stderr=subprocess.PIPE, check=False)
        wall = time.monotonic() - t0
    usage = [line for line in proc.stderr.decode().splitlines() if line.startswith("riposte-usage ")]
    if proc.returncode != 0 or not usage:
        sys.exit(f"cli_bench: riposte exited with {proc.returncode}: {proc.stderr.decode()[-300:]}")
    rss_kb, user, system = usage[-1].split()[1:]
    return wall, float(user) + float(system), int(rss_kb)


def timed(label, runs, fn):
    fn()  # warm-up: page cache, allocator, the cluster's imports
    results = [fn() for _ in range(runs)]
    walls = [r[0] for r in results]
    return statistics.median(walls), min(walls), results


def result_line(mode, jobs, docs, text_bytes, wall, best, cpu, extra):
    mb = text_bytes / 1e6
    r = {"bench": "scale", "mode": mode, "jobs": jobs, "docs": docs, "text_bytes": text_bytes, "seconds": wall,
         "mb_per_s": mb / wall, "mb_per_s_best": mb / best, "articles_per_hour": docs / wall * 3600,
         "mb_per_cpu_s": mb / cpu if cpu else None, **extra}
    print(f"{mode} (jobs {jobs}): {docs} documents, {mb:.2f} MB of text, median {wall:.3f} s -> {mb / wall:.2f} MB/s "
          f"(best {mb / best:.2f}), {r['articles_per_hour']:,.0f} articles/hour" +
          (f", {mb / cpu:.2f} MB per CPU second" if cpu else ""))
    print("RESULT " + json.dumps(r))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--min-mb", type=float, default=10)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "bbc"))
    ap.add_argument("--no-dask", action="store_true")
    a = ap.parse_args()
    if not os.path.exists(RIPOSTE):
        sys.exit(f"cli_bench: {RIPOSTE} is missing (scripts/build native)")
    big, small, shards, docs, text_bytes, passes, files = make_inputs(a.min_mb, a.corpus)
    cores = os.cpu_count() or 1
    print(f"input: {docs} documents ({files} files x {passes}), {text_bytes / 1e6:.2f} MB of text, "
          f"{os.path.getsize(big) / 1e6:.2f} MB of JSONL; {cores} cores; load average {os.getloadavg()[0]:.2f}")
    out_path = os.path.join(WORK, "cli-out.jsonl")
    reference = None
    for jobs in sorted({1, cores}):
        wall, best, results = timed(f"cli {jobs}", a.runs, lambda: run_cli(big, jobs, out_path))
        cpu = statistics.median(r[1] for r in results)
        rss = max(r[2] for r in results)
        rss_small = run_cli(small, jobs, os.devnull)[2]
        with open(out_path, "rb") as f:
            output = f.read()
        if reference is None:
            reference = output
        same = output == reference
        print(f"  peak RSS {rss / 1024:.1f} MB for the {os.path.getsize(big) / 1e6:.1f} MB stream, "
              f"{rss_small / 1024:.1f} MB for {os.path.getsize(small) / 1e6:.1f} MB; output identical to --jobs 1: {same}")
        result_line("cli", jobs, docs, text_bytes, wall, best, cpu,
                    {"peak_rss_kb": rss, "peak_rss_kb_1mb": rss_small, "identical_to_jobs_1": same})
    if a.no_dask:
        return
    import riposte_dask
    from distributed import Client, LocalCluster

    t0 = time.monotonic()
    with LocalCluster(n_workers=cores, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
        startup = time.monotonic() - t0
        out = os.path.join(WORK, "dask-out")

        def dask_run():
            t = time.monotonic()
            s = riposte_dask.annotate_corpus(client, [os.path.join(shards, "*.jsonl")], out, RIPOSTE,
                                             partition_mb=1.0, overwrite=True, log=lambda *x, **k: None)
            return time.monotonic() - t, s

        wall, best, results = timed("dask", a.runs, dask_run)
        summary = results[-1][1]
        parts = sorted(p for p in os.listdir(out) if p.startswith("part-"))
        same = b"".join(open(os.path.join(out, p), "rb").read() for p in parts) == reference
        print(f"  LocalCluster of {cores} workers started in {startup:.2f} s (not timed); {summary['partitions']} "
              f"partitions; output identical to the CLI's: {same}")
        result_line("dask", cores, docs, text_bytes, wall, best, None,
                    {"workers": cores, "partitions": summary["partitions"], "startup_s": startup,
                     "identical_to_cli": same})


if __name__ == "__main__":
    main()
