#!/usr/bin/env python3
"""Reads a connection trace (MAILTLS_CONNECTION_TRACE) and prints, per host,
how busy its slots were: the wall time from the first slot asked to the last
released, the slot time used against cap x wall, the time connections waited
for a slot, and a timeline of every connection (one row each, in the order
granted), so that gaps in the chain of questions show.

    bench/slot_trace.py TRACE [--cap 8] [--timeline]
"""
import sys
from collections import defaultdict


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    path = args[0]
    cap = 8
    timeline = "--timeline" in args
    if "--cap" in args:
        cap = int(args[args.index("--cap") + 1])
    hosts = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 6:
                continue
            host, asked, granted, released, alone, label = parts[:6]
            hosts[host].append((int(asked), int(granted), int(released), alone == "alone", label))
    for host, rows in hosts.items():
        rows.sort(key=lambda r: r[1])
        start = min(r[0] for r in rows)
        end = max(r[2] for r in rows)
        wall = max(1, end - start)
        used = sum(r[2] - r[1] for r in rows if r[2] >= 0)
        waited = sum(r[1] - r[0] for r in rows)
        alone = sum(1 for r in rows if r[3])
        print(f"{host}: {len(rows)} connections in {wall} ms, slots busy {used / (cap * wall):.0%} "
              f"of {cap} x wall, waited {waited} ms in all, {alone} alone")
        if timeline:
            scale = max(1, wall // 100)
            for asked, granted, released, is_alone, label in rows:
                a = (asked - start) // scale
                g = (granted - start) // scale
                r = (released - start) // scale
                bar = " " * a + "." * (g - a) + "#" * max(1, r - g)
                print(f"  {granted - start:5d} {released - granted:4d} ms {'A' if is_alone else ' '} "
                      f"{label[:38]:38s} {bar}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
