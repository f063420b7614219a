#!/usr/bin/python3
"""Runs the Python checks (tests/python/*_test.py): every function named test_* in each file. Prints one line per
test, in file and line order, and ends with "N passed, N failed" (scripts/test counts them). A test fails on an
exception or a false assertion; there is no skipping: missing data is a failure.

  tests/python/run.py [-k SUBSTRING] [--jobs N]

Each test runs in a child process, N at a time (default 2: most checks use one core). Tests marked `slow` (the
attribute, set after the function: `test_x.slow = True`) start first, so that the longest one — the claim model's
cross-validation — runs beside all the others rather than after them. Each test's lines are printed, in order, as
soon as it and the tests before it have ended.
"""
import concurrent.futures, importlib.util, os, re, subprocess, sys, time, traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(HERE, name))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tests_in_order(pattern):
    """(file, function name, slow) of every test, in file and line order."""
    out = []
    for name in sorted(n for n in os.listdir(HERE) if n.endswith("_test.py")):
        module = load(name)
        found = [(getattr(module, f).__code__.co_firstlineno, f) for f in dir(module) if f.startswith("test_")]
        out += [(name, f, getattr(getattr(module, f), "slow", False)) for _, f in sorted(found) if pattern in f]
    return out


def run_one(name, fname):
    """Runs one test in this process; prints its line; returns True when it passed."""
    t0 = time.time()
    try:
        getattr(load(name), fname)()
        print(f"ok      {name}::{fname} ({time.time() - t0:.1f} s)", flush=True)
        return True
    except Exception:  # a failing check, whatever it raised
        print(f"FAILED  {name}::{fname}", flush=True)
        traceback.print_exc(file=sys.stdout)
        return False


def run_in_child(test):
    """Runs one test in a child process; returns (its output, passed). A child that exits without its result line
    (killed, or a crash of the interpreter) failed."""
    name, fname, _ = test
    proc = subprocess.run([sys.executable, os.path.abspath(__file__), "--one", name, fname],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    ok = proc.returncode == 0 and re.search(rf"^ok      {re.escape(name)}::{fname} ", proc.stdout, re.M) is not None
    if not ok and not re.search(rf"^FAILED  {re.escape(name)}::{fname}$", proc.stdout, re.M):
        proc.stdout += f"FAILED  {name}::{fname} (exit {proc.returncode}, no result line)\n"
    return proc.stdout, ok


def main():
    args = sys.argv[1:]
    if "--one" in args:
        i = args.index("--one")
        sys.exit(0 if run_one(args[i + 1], args[i + 2]) else 1)
    pattern = args[args.index("-k") + 1] if "-k" in args else ""
    jobs = int(args[args.index("--jobs") + 1]) if "--jobs" in args else 2
    tests = tests_in_order(pattern)
    passed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {t: pool.submit(run_in_child, t) for t in sorted(tests, key=lambda t: not t[2])}
        for t in tests:  # in file order, each as soon as it and those before it have ended
            out, ok = futures[t].result()
            print(out, end="", flush=True)
            passed += ok
    print(f"{passed} passed, {len(tests) - passed} failed")
    sys.exit(1 if passed < len(tests) else 0)


if __name__ == "__main__":
    main()
