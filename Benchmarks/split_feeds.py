#!/usr/bin/env python3
"""Cuts the feed files `balans generate` wrote at a week, so a benchmark can prepare a region as it works: import
the history up to CUTOFF, forecast and agree a plan from there, then import the weeks after it.

Weekly feeds keep the rows with `vecka` <= CUTOFF (the capacity plan, which looks ahead, is kept whole); waiting-list
snapshots keep those taken by the cutoff week's Sunday; master data is copied as it is.

Usage: split_feeds.py SRC_DIR OUT_DIR CUTOFF   (CUTOFF like 2024-W52)
"""

import csv
import datetime
import os
import sys


def main(source, target, cutoff):
    year, week = cutoff.split("-W")
    sunday = datetime.date.fromisocalendar(int(year), int(week), 7).isoformat()
    os.makedirs(target, exist_ok=True)
    for name in sorted(os.listdir(source)):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(source, name), encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f, delimiter=";"))
        header, body = rows[0], rows[1:]
        if "vecka" in header and name != "kapacitetsplan.csv":
            column = header.index("vecka")
            body = [row for row in body if row[column] <= cutoff]
        elif "uttagsdatum" in header:
            column = header.index("uttagsdatum")
            body = [row for row in body if row[column] <= sunday]
        with open(os.path.join(target, name), "w", encoding="utf-8", newline="") as f:
            f.write("\ufeff")
            writer = csv.writer(f, delimiter=";", lineterminator="\n")
            writer.writerow(header)
            writer.writerows(body)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
