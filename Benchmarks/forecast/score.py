"""Scores a forecasts CSV (series_id,step,mean — what `balans bench-forecast` and the peer write) against a
holdout with MASE (in-sample seasonal naive scale, period m), and, given the peer's per-series MASE and our
chosen methods, breaks the comparison down by chosen method so it shows where we lose.

Usage: score.py --train T.csv --test H.csv --forecasts F.csv --m 12 --out result.json
                [--choices C.csv] [--peer-mase peer_tourism_mase.csv]
"""

import argparse
import csv
import json
import math
from collections import defaultdict
from pathlib import Path

import numpy as np
from scoring import mean_mase, read_long


def read_peer(path: Path) -> dict[str, dict[str, float]]:
    with open(path, newline="") as file:
        return {
            row["series_id"]: {k: float(v) for k, v in row.items() if k not in ("series_id", "length")}
            for row in csv.DictReader(file)
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, required=True)
    parser.add_argument("--test", type=Path, required=True)
    parser.add_argument("--forecasts", type=Path, required=True)
    parser.add_argument("--m", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--choices", type=Path)
    parser.add_argument("--peer-mase", type=Path)
    args = parser.parse_args()

    train, test = read_long(args.train), read_long(args.test)
    forecasts = read_long(args.forecasts, time_column="step", value_column="mean")
    mean, per_series, unscored = mean_mase(train, test, forecasts, args.m)
    result: dict[str, object] = {
        "series": len(test), "mean_mase": round(mean, 4), "unscored": len(unscored), "unscored_first": unscored[:20]
    }
    result["median_mase"] = round(float(np.median(list(per_series.values()))), 4) if per_series else math.nan

    if args.choices and args.peer_mase:
        with open(args.choices, newline="") as file:
            chosen = {row["series_id"]: row["method"] for row in csv.DictReader(file)}
        peer = read_peer(args.peer_mase)
        groups: dict[str, list[str]] = defaultdict(list)
        for key in per_series:
            groups[chosen.get(key, "?")].append(key)
        breakdown = []
        for method, keys in sorted(groups.items(), key=lambda item: -len(item[1])):
            row: dict[str, object] = {"method": method, "series": len(keys)}
            row["ours"] = round(float(np.mean([per_series[k] for k in keys])), 4)
            for model in ("AutoETS", "AutoTheta", "SeasonalNaive"):
                row[model] = round(float(np.nanmean([peer[k][model] for k in keys])), 4)
            # Share of the total gap to AutoETS that this group contributes (sum over series / all series).
            row["gap_vs_AutoETS_contribution"] = round(
                float(sum(per_series[k] - peer[k]["AutoETS"] for k in keys)) / len(per_series), 4
            )
            breakdown.append(row)
        result["by_chosen_method"] = breakdown
        worse = sum(1 for k in per_series if per_series[k] > peer[k]["AutoETS"] * 1.2)
        better = sum(1 for k in per_series if per_series[k] < peer[k]["AutoETS"] / 1.2)
        result["vs_AutoETS_series_20pct_worse"] = worse
        result["vs_AutoETS_series_20pct_better"] = better
        worst = sorted(per_series, key=lambda k: peer[k]["AutoETS"] - per_series[k])[:10]
        result["largest_losses_vs_AutoETS"] = [
            {"series": k, "method": chosen.get(k), "ours": round(per_series[k], 3),
             "AutoETS": round(peer[k]["AutoETS"], 3), "length": len(train[k])}
            for k in worst
        ]
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"score: mean MASE {mean:.4f} over {len(per_series)} series ({len(unscored)} unscored) -> {args.out}")


if __name__ == "__main__":
    main()
