#!/usr/bin/python3
"""Runs the Python checks (tests/python/*_test.py): every function named test_* in each file, in file and line
order. Prints one line per test and ends with "N passed, N failed" (scripts/test counts them). A test fails on an
exception or a false assertion; there is no skipping: missing data is a failure.

  tests/python/run.py [-k SUBSTRING]
"""
import importlib.util, os, sys, time, traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    pattern = sys.argv[sys.argv.index("-k") + 1] if "-k" in sys.argv else ""
    passed = failed = 0
    for name in sorted(os.listdir(HERE)):
        if not name.endswith("_test.py"):
            continue
        spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(HERE, name))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        tests = [(getattr(module, f).__code__.co_firstlineno, f) for f in dir(module) if f.startswith("test_")]
        for _, fname in sorted(tests):
            if pattern and pattern not in fname:
                continue
            t0 = time.time()
            try:
                getattr(module, fname)()
                passed += 1
                print(f"ok      {name}::{fname} ({time.time() - t0:.1f} s)", flush=True)
            except Exception:  # a failing check, whatever it raised
                failed += 1
                print(f"FAILED  {name}::{fname}", flush=True)
                traceback.print_exc()
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
