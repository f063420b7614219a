#!/usr/bin/python3
"""Annotate a corpus of JSONL shards on a Dask cluster with the native `riposte annotate --jsonl`.

The driver reads nothing itself: Dask's read_bytes cuts every input into partitions of whole lines (a glob of
local paths, or any URL fsspec understands: file://, s3://, gcs://, http://, ...), each partition runs through
`riposte annotate --jsonl -` on a worker, and the worker writes the output shard OUT/part-NNNNN.jsonl. Partition
numbers follow the inputs in name order and the blocks in each, so the shards read in name order are exactly what
one `riposte annotate --jsonl` over the inputs in that order writes.

A shard is written to a temporary name and renamed into place, and its name is fixed by its partition, so a task
that Dask runs again (its worker died; a worker the scheduler thought lost came back) writes the same file again:
nothing is lost, nothing is duplicated. At the end OUT/_summary.json holds the totals (documents, errors, bytes,
seconds, MB/s) and one line is printed.

Usage (/usr/bin/python3 has Debian's python3-distributed; the workers need the riposte binary at --riposte):
  python/riposte_dask.py --scheduler tcp://HOST:8786 --out OUT [--riposte build/riposte] INPUT...
  python/riposte_dask.py --local 2 --out OUT INPUT...          # a LocalCluster of 2 worker processes
Options:
  --partition-mb M  bytes of JSONL per partition (default 8); compressed inputs are one partition per file
  --jobs N          threads per riposte process (default 1: one core per Dask worker thread)
  --overwrite       replace the part files and summary of an earlier run in OUT
  --quiet           no progress lines
Exit status: 0 all lines annotated, 1 some lines were bad (their {"id","error"} lines are in the shards), 2 usage
or a partition that failed on every try.
"""
import argparse
import json
import os
import subprocess
import sys
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_RIPOSTE = os.path.join(HERE, "..", "build", "riposte")
ERROR_LINE = b'{"error":'  # riposte writes a bad line's answer as {"error": ..., "id": ...}


def annotate_partition(data, part, out_root, storage_options, riposte, jobs):
    """Runs on a worker: annotates one partition (bytes of whole JSONL lines) and writes OUT/part-NNNNN.jsonl."""
    import fsspec

    t0 = time.monotonic()
    env = dict(os.environ, RIPOSTE_DASK_PART=str(part))  # lets a test's wrapper log which partition ran
    proc = subprocess.run([riposte, "annotate", "--jsonl", "--jobs", str(jobs), "-"], input=data,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, check=False)
    if proc.returncode not in (0, 1):  # 1 is "some lines were bad": their error lines are in the output
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise RuntimeError(f"partition {part}: {riposte} exited with {proc.returncode}: {' | '.join(tail)}")
    out = proc.stdout
    fs, _ = fsspec.core.url_to_fs(out_root, **storage_options)
    final = f"{out_root}/part-{part:05d}.jsonl"
    temporary = f"{out_root}/.part-{part:05d}.{uuid.uuid4().hex}.tmp"
    with fs.open(temporary, "wb") as f:
        f.write(out)
    fs.mv(temporary, final)  # a rename on local disks: a half-written shard never has the final name
    messages = [m for m in proc.stderr.decode("utf-8", "replace").splitlines() if m.endswith("; skipped")]
    return {
        "part": part,
        "documents": out.count(b"\n"),
        "errors": out.count(b"\n" + ERROR_LINE) + out.startswith(ERROR_LINE),
        "input_bytes": len(data),
        "output_bytes": len(out),
        "seconds": time.monotonic() - t0,
        "messages": messages[:10],
    }


def plan_partitions(inputs, partition_bytes, storage_options):
    """Delayed byte blocks of whole lines, in input-name order: [(path, delayed_bytes), ...]."""
    import fsspec
    from dask.bytes import read_bytes

    paths = []
    for pattern in inputs:
        fs, token = fsspec.core.url_to_fs(pattern, **storage_options)
        found = sorted(fs.glob(token)) if any(c in token for c in "*?[") else [token]
        if not found:
            raise FileNotFoundError(f"no input matches {pattern}")
        protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
        paths += [p if protocol in ("file", "local") else f"{protocol}://{p}" for p in found]
    blocks = []
    for path in paths:
        compressed = fsspec.utils.infer_compression(path)
        _, file_blocks = read_bytes(path, delimiter=b"\n", blocksize=None if compressed else partition_bytes,
                                    sample=False, compression="infer" if compressed else None, **storage_options)
        blocks += [(path, b) for per_file in file_blocks for b in per_file]
    return blocks


def prepare_output(out, overwrite, storage_options):
    import fsspec

    fs, root = fsspec.core.url_to_fs(out, **storage_options)
    fs.makedirs(root, exist_ok=True)
    old = [p for p in fs.ls(root, detail=False) if os.path.basename(p).startswith(("part-", ".part-", "_summary"))]
    if old and not overwrite:
        raise FileExistsError(f"{out} already holds the output of a run ({len(old)} files): use --overwrite")
    for p in old:
        fs.rm(p)
    return fs, root


def annotate_corpus(client, inputs, out, riposte=DEFAULT_RIPOSTE, partition_mb=8.0, jobs=1, overwrite=False,
                    storage_options=None, log=print):
    """Annotates `inputs` on the cluster behind `client` into `out`; returns the summary (also OUT/_summary.json)."""
    import dask
    from distributed import as_completed

    storage_options = storage_options or {}
    riposte = os.path.abspath(riposte) if "://" not in riposte else riposte
    t0 = time.monotonic()
    fs, root = prepare_output(out, overwrite, storage_options)
    out_root = out.rstrip("/") if "://" in out else os.path.abspath(out)
    blocks = plan_partitions(inputs, int(partition_mb * 1e6), storage_options)
    tasks = [dask.delayed(annotate_partition, pure=False)(block, part, out_root, storage_options, riposte, jobs,
                                                          dask_key_name=f"riposte-part-{part:05d}")
             for part, (_, block) in enumerate(blocks)]
    futures = client.compute(tasks, retries=2)  # retries: a task's exception; a lost worker is retried anyway
    results, failed = [], []
    for future in as_completed(futures):
        try:
            results.append(future.result())
        except Exception as e:  # noqa: BLE001 - reported, counted, and the exit status says so
            failed.append(str(e))
            log(f"riposte-dask: {e}", file=sys.stderr)
        future.release()  # a result held by a worker that dies later is not recomputed for nothing
        if (len(results) + len(failed)) % max(1, len(futures) // 10) == 0:
            log(f"riposte-dask: {len(results) + len(failed)}/{len(futures)} partitions, "
                f"{sum(r['documents'] for r in results)} documents", file=sys.stderr)
    seconds = time.monotonic() - t0
    results.sort(key=lambda r: r["part"])
    input_bytes = sum(r["input_bytes"] for r in results)
    summary = {
        "inputs": inputs,
        "out": out,
        "partitions": len(futures),
        "partitions_failed": len(failed),
        "documents": sum(r["documents"] for r in results),
        "errors": sum(r["errors"] for r in results),
        "input_bytes": input_bytes,
        "output_bytes": sum(r["output_bytes"] for r in results),
        "seconds": round(seconds, 3),
        "mb_per_s": round(input_bytes / 1e6 / seconds, 3) if seconds > 0 else None,
        "documents_per_s": round(sum(r["documents"] for r in results) / seconds, 1) if seconds > 0 else None,
        "workers": len(client.scheduler_info().get("workers", {})),
        "riposte": riposte,
        "error_messages": [m for r in results for m in r["messages"]][:20],
        "failures": failed[:20],
    }
    with fs.open(f"{root}/_summary.json", "w") as f:
        json.dump(summary, f, indent=1)
    log(f"riposte-dask: {summary['documents']} documents, {summary['errors']} errors, "
            f"{summary['partitions']} partitions ({len(failed)} failed), {input_bytes / 1e6:.2f} MB of JSONL in "
            f"{seconds:.2f} s = {summary['mb_per_s']} MB/s on {summary['workers']} workers -> {out}")
    return summary


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--local", type=int, metavar="N", help="start a LocalCluster of N worker processes")
    ap.add_argument("--out", required=True, help="folder or URL for part-NNNNN.jsonl and _summary.json")
    ap.add_argument("--riposte", default=DEFAULT_RIPOSTE, help="the riposte binary, at this path on every worker")
    ap.add_argument("--partition-mb", type=float, default=8.0)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--overwrite", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("inputs", nargs="+", help="JSONL paths, globs or fsspec URLs")
    a = ap.parse_args(argv)
    from distributed import Client, LocalCluster

    if a.local:
        cluster = LocalCluster(n_workers=a.local, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        cluster, client = None, Client(a.scheduler)
    log = (lambda *args, **kw: None) if a.quiet else print
    try:
        summary = annotate_corpus(client, a.inputs, a.out, a.riposte, a.partition_mb, a.jobs, a.overwrite, log=log)
    except (FileNotFoundError, FileExistsError) as e:
        print(f"riposte-dask: {e}", file=sys.stderr)
        return 2
    finally:
        client.close()
        if cluster:
            cluster.close()
    if summary["partitions_failed"]:
        return 2
    return 1 if summary["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
