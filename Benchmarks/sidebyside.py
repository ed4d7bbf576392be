#!/usr/bin/env python3
"""Times several whole commands side by side: their runs interleave (A B A B ...), so that a busy
moment of the machine falls on all of them alike. Writes one JSON per command, in the shape of
timecmd.py plus the median CPU time (user + system), and prints medians and ratios to stderr.

Usage: sidebyside.py [--runs 21] [--warmup 2] --json A.json -- COMMAND A... --json B.json -- COMMAND B...
Ratios are of each command's median wall time over the last command's: list the reference last.
"""
import json
import os
import subprocess
import sys
import time


def parse(argv):
    runs, warmup, specs = 21, 2, []
    while argv:
        flag = argv.pop(0)
        if flag == "--runs":
            runs = int(argv.pop(0))
        elif flag == "--warmup":
            warmup = int(argv.pop(0))
        elif flag == "--json":
            path = argv.pop(0)
            if not argv or argv.pop(0) != "--":
                sys.exit("sidebyside.py: expected -- and a command after --json FILE")
            cmd = []
            while argv and argv[0] != "--json":
                cmd.append(argv.pop(0))
            specs.append({"json": path, "command": cmd, "times": [], "cpu": [], "rss": 0, "stderr": b""})
        else:
            sys.exit(f"sidebyside.py: unknown argument {flag}")
    if len(specs) < 2:
        sys.exit("sidebyside.py: give at least two commands")
    return runs, warmup, specs


def run_once(spec):
    with open(os.devnull, "wb") as sink:
        t0 = time.perf_counter()
        p = subprocess.Popen(spec["command"], stdout=sink, stderr=subprocess.PIPE)
        err = p.stderr.read()
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.stderr.write(err.decode(errors="replace"))
        sys.exit(f"sidebyside.py: {' '.join(spec['command'])} exited with status {code}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, err


def median(xs):
    s = sorted(xs)
    return s[len(s) // 2]


def main():
    runs, warmup, specs = parse(sys.argv[1:])
    for _ in range(warmup):  # page cache and dynamic linker caches
        for spec in specs:
            run_once(spec)
    for _ in range(runs):
        for spec in specs:
            wall, cpu, rss, err = run_once(spec)
            spec["times"].append(wall)
            spec["cpu"].append(cpu)
            spec["rss"] = max(spec["rss"], rss)
            spec["stderr"] = err
    reference = specs[-1]
    for spec in specs:
        result = {"command": spec["command"], "seconds": median(spec["times"]), "cpu_seconds": median(spec["cpu"]),
                  "runs": sorted(spec["times"]), "peak_rss_bytes": spec["rss"],
                  "stderr": spec["stderr"].decode(errors="replace")[-2000:]}
        with open(spec["json"], "w") as f:
            json.dump(result, f)
        ratio = result["seconds"] / median(reference["times"])
        sys.stderr.write(f"{result['seconds']:.4f} s wall, {result['cpu_seconds']:.4f} s cpu, "
                         f"ratio {ratio:.2f}: {' '.join(spec['command'])}\n")


if __name__ == "__main__":
    main()
