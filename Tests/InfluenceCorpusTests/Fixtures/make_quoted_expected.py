#!/usr/bin/env python3
"""Writes quoted-expected.json: the rows of quoted.csv as Python's csv module (RFC 4180 style)
reads them, the peer the edge-list reader's CSV quoting is checked against.

    python3 make_quoted_expected.py   # run in this folder
"""
import csv
import json

with open("quoted.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
with open("quoted-expected.json", "w", encoding="utf-8") as out:
    json.dump(rows, out, ensure_ascii=False, indent=1)
    out.write("\n")
