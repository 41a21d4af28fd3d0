#!/usr/bin/env python3
"""Merges several synthetic regions written by `balans generate` into one large region (used by
Benchmarks/node-web-benchmark.sh).

`balans generate` makes as many planning objects as the region's care services need (322 for Stockholm); its
--scale multiplies volumes, not rows. A region with >= 1M weekly outcome rows needs more objects than that, so
this script takes N generated copies (different seeds) and makes them "hospital groups" of one region: copy i's
unit and planning-object codes get the prefix "G<i>-", its divisions hang under the first copy's region unit,
and names say which group they belong to. Resources are shared (every copy has the same catalogue).

The weeks up to and including CUTOFF go to OUT/historik (every feed); the inflow and production weeks after it
go to OUT/utfall: the outcome imported after the plan (which starts at CUTOFF + 1) is agreed, as the demo does.

Usage: make_large_region.py OUT CUTOFF SRC_DIR [SRC_DIR ...]   (CUTOFF like 2026-W43)
Prints row counts per file.
"""

import csv
import datetime
import os
import sys

BOM = "\ufeff"


def read(path):
    """The header and an iterator over the other rows (streamed: the waiting lists are large)."""
    f = open(path, encoding="utf-8-sig", newline="")
    rows = csv.reader(f, delimiter=";")
    return next(rows), rows


class Out:
    def __init__(self, path, header):
        self.file = open(path, "w", encoding="utf-8", newline="")
        self.file.write(BOM)
        self.writer = csv.writer(self.file, delimiter=";", lineterminator="\n")
        self.writer.writerow(header)
        self.rows = 0

    def write(self, row):
        self.writer.writerow(row)
        self.rows += 1

    def close(self):
        self.file.close()


def iso_week_of(date_text):
    year, week, _ = datetime.date.fromisoformat(date_text).isocalendar()
    return f"{year}-W{week:02d}"


def main():
    out, cutoff, sources = sys.argv[1], sys.argv[2], sys.argv[3:]
    history, outcome = os.path.join(out, "historik"), os.path.join(out, "utfall")
    os.makedirs(history, exist_ok=True)
    os.makedirs(outcome, exist_ok=True)
    files = {}

    def out_file(directory, name, header):
        key = (directory, name)
        if key not in files:
            files[key] = Out(os.path.join(directory, name), header)
        return files[key]

    root_code = None
    for index, source in enumerate(sources, start=1):
        prefix = f"G{index}-"
        group = f"sjukhusgrupp {index}"

        header, rows = read(os.path.join(source, "enheter.csv"))
        rows = list(rows)
        units = out_file(history, "enheter.csv", header)
        source_root = next(row[0] for row in rows if row[3] == "")
        for code, name, level, parent in rows:
            if parent == "":
                if root_code is None:
                    root_code = code
                    units.write([code, name.replace("(syntetisk)", f"(syntetisk, {len(sources)} sjukhusgrupper)"),
                                 level, ""])
                continue
            new_parent = root_code if parent == source_root else prefix + parent
            units.write([prefix + code, f"{name} ({group})", level, new_parent])

        if index == 1:
            header, rows = read(os.path.join(source, "resurser.csv"))
            resources = out_file(history, "resurser.csv", header)
            for row in rows:
                resources.write(row)

        header, rows = read(os.path.join(source, "planeringsobjekt.csv"))
        objects = out_file(history, "planeringsobjekt.csv", header)
        for row in rows:
            objects.write([prefix + row[0], f"{row[1]} ({group})", prefix + row[2]] + row[3:])

        for name in ("inflode.csv", "produktion.csv"):
            header, rows = read(os.path.join(source, name))
            before, after = out_file(history, name, header), out_file(outcome, name, header)
            for code, week, count in rows:
                (before if week <= cutoff else after).write([prefix + code, week, count])

        header, rows = read(os.path.join(source, "kapacitet.csv"))
        capacity = out_file(history, "kapacitet.csv", header)
        for row in rows:
            if row[2] <= cutoff:
                capacity.write([prefix + row[0]] + row[1:])

        header, rows = read(os.path.join(source, "vantelista.csv"))
        waiting = out_file(history, "vantelista.csv", header)
        weeks = {}
        for row in rows:
            date = row[0]
            if date not in weeks:
                weeks[date] = iso_week_of(date)
            if weeks[date] <= cutoff:
                waiting.write([date, prefix + row[1]] + row[2:])

    for (directory, name), f in sorted(files.items()):
        f.close()
        print(f"{os.path.basename(directory)}/{name} {f.rows}")


if __name__ == "__main__":
    main()
