#!/usr/bin/env python3
"""Times a whole command: runs it N times, prints JSON with the median wall time and peak RSS.

Usage: timecmd.py [--runs 3] [--stdout FILE] -- COMMAND [ARG...]
Peak RSS is the largest ru_maxrss of the command's runs (os.wait4, so only that process).
A non-zero exit status is reported (and fails this script) rather than timed as success.
"""
import json
import os
import subprocess
import sys
import time


def main():
    argv = sys.argv[1:]
    runs, out = 3, os.devnull
    while argv and argv[0] != "--":
        flag, value, argv = argv[0], argv[1], argv[2:]
        if flag == "--runs":
            runs = int(value)
        elif flag == "--stdout":
            out = value
    cmd = argv[1:]
    times, rss = [], 0
    for _ in range(runs):
        with open(out, "wb") as sink:
            t0 = time.perf_counter()
            p = subprocess.Popen(cmd, stdout=sink, stderr=subprocess.PIPE)
            err = p.stderr.read()
            _, status, usage = os.wait4(p.pid, 0)
            times.append(time.perf_counter() - t0)
        rss = max(rss, usage.ru_maxrss * 1024)
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            sys.stderr.write(err.decode(errors="replace"))
            print(json.dumps({"command": cmd, "error": f"exit status {code}"}))
            sys.exit(1)
    times.sort()
    print(json.dumps({"command": cmd, "seconds": times[len(times) // 2], "runs": times, "peak_rss_bytes": rss,
                      "stderr": err.decode(errors="replace")[-2000:]}))


if __name__ == "__main__":
    main()
