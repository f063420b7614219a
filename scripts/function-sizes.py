#!/usr/bin/env python3
"""Lists the longest C++ functions under the given folders (default: src), longest first.

A function is a line that opens a brace after a parameter list (not if/for/while/switch/catch/lambda
bodies inside another function); its length runs to the matching closing brace. A heuristic, good enough to
see which functions exceed the ~80-line aim.  Usage: scripts/function-sizes.py [-n 20] [DIR...]
"""
import argparse, os, re

CONTROL = re.compile(r"^\s*(if|for|while|switch|catch|do|else|return|namespace|struct|class|enum|union)\b")
SIGNATURE = re.compile(r"\)\s*(const)?\s*(noexcept)?\s*(override)?\s*(->\s*[\w:<>&*, ]+)?\s*\{\s*(//.*)?$")

def functions(path):
    lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if SIGNATURE.search(line) and not CONTROL.match(line) and "[" not in line.split("(")[0] and "=" not in line.split("(")[0]:
            depth, j = 0, i
            while j < len(lines):
                s = re.sub(r'"([^"\\]|\\.)*"|\'([^\'\\]|\\.)*\'|//.*', "", lines[j])
                depth += s.count("{") - s.count("}")
                if depth <= 0 and j > i or (depth == 0 and j == i and "}" in s):
                    break
                j += 1
            name = re.search(r"([\w:~]+)\s*\(", line)
            out.append((j - i + 1, f"{path}:{i + 1}", name.group(1) if name else line.strip()[:40]))
            i = j + 1
            continue
        i += 1
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=20)
    ap.add_argument("dirs", nargs="*", default=["src"])
    args = ap.parse_args()
    found = []
    for d in args.dirs:
        for root, _, files in os.walk(d):
            for f in files:
                if f.endswith((".cpp", ".h")):
                    found += functions(os.path.join(root, f))
    for n, where, name in sorted(found, reverse=True)[: args.n]:
        print(f"{n:5d}  {name:40s} {where}")

if __name__ == "__main__":
    main()
