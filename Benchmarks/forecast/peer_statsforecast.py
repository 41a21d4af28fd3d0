"""The peer for the forecasting benchmark: statsforecast (pinned in setup_venv.sh) on the same data as
`balans bench-forecast`.

  tourism  AutoETS, AutoTheta and SeasonalNaive (season 12) on the tourism monthly train set, horizon 24;
           MASE per series on the holdout (scale: in-sample seasonal naive MAE, m = 12); mean per model.
  weekly   AutoETS(season_length=52) fit + predict on the weekly series, horizon 52, n_jobs=2: wall time and
           peak RSS of the whole process tree (parent + worker processes, sampled every 0.2 s). A first
           untimed call on a few series pays imports and JIT compilation; a timed random sample then estimates
           the full run, and when that would exceed the budget (default 25 min) a random subset (fixed seed)
           is timed instead and the time extrapolated linearly — the JSON says which.

Usage: peer_statsforecast.py [tourism|weekly|all] [--work DIR] [--budget-minutes 25]
Writes DIR/peer_tourism.json, DIR/peer_tourism_mase.csv, DIR/peer_weekly.json and (full runs)
DIR/peer_weekly_forecasts.csv. Run inside the benchmark virtualenv.
"""

import argparse
import csv
import json
import math
import os
import platform
import resource
import threading
import time
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pandas as pd
from scoring import mean_mase, read_long
from statsforecast import StatsForecast
from statsforecast.models import AutoETS, AutoTheta, SeasonalNaive

TOURISM_HORIZON = 24
WEEKLY_HORIZON = 52
N_JOBS = 2
SAMPLE_SEED = 7


class TreeRSSMonitor:
    """Samples the summed resident set size of this process and all its descendants (the worker pool)."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval, self.peak_kb = interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "TreeRSSMonitor":
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, self._tree_rss_kb())
            self._stop.wait(self.interval)

    @staticmethod
    def _tree_rss_kb() -> int:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as file:
                        parents[int(entry)] = int(file.read().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    pass
        tree, frontier = {os.getpid()}, [os.getpid()]
        while frontier:
            parent = frontier.pop()
            children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
            tree.update(children)
            frontier.extend(children)
        total = 0
        for pid in tree:
            try:
                with open(f"/proc/{pid}/status") as file:
                    total += next((int(line.split()[1]) for line in file if line.startswith("VmRSS:")), 0)
            except OSError:
                pass
        return total


def long_frame(series: dict[str, np.ndarray]) -> pd.DataFrame:
    """statsforecast's input: unique_id, ds (integer time index), y."""
    ids = np.repeat(list(series.keys()), [len(v) for v in series.values()])
    ds = np.concatenate([np.arange(len(v)) for v in series.values()])
    return pd.DataFrame({"unique_id": ids, "ds": ds, "y": np.concatenate(list(series.values()))})


def forecasts_by_series(frame: pd.DataFrame, column: str) -> dict[str, np.ndarray]:
    frame = frame.reset_index() if "unique_id" not in frame.columns else frame
    return {key: group.sort_values("ds")[column].to_numpy() for key, group in frame.groupby("unique_id")}


def environment() -> dict[str, object]:
    return {
        "statsforecast": version("statsforecast"),
        "numpy": version("numpy"),
        "python": platform.python_version(),
        "cores": os.cpu_count(),
        "n_jobs": N_JOBS,
    }


def run_tourism(work: Path) -> None:
    train, test = read_long(work / "tourism_monthly_train.csv"), read_long(work / "tourism_monthly_test.csv")
    models = [AutoETS(season_length=12), AutoTheta(season_length=12), SeasonalNaive(season_length=12)]
    started = time.perf_counter()
    result = StatsForecast(models=models, freq=1, n_jobs=N_JOBS).forecast(df=long_frame(train), h=TOURISM_HORIZON)
    seconds = time.perf_counter() - started
    summary: dict[str, object] = {"series": len(test), "horizon": TOURISM_HORIZON, "seconds": round(seconds, 2)}
    per_model: dict[str, dict[str, float]] = {}
    for name in ("AutoETS", "AutoTheta", "SeasonalNaive"):
        mean, per_series, unscored = mean_mase(train, test, forecasts_by_series(result, name), 12)
        summary[name] = {"mean_mase": round(mean, 4), "unscored": unscored}
        per_model[name] = per_series
    with open(work / "peer_tourism_mase.csv", "w", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["series_id", "length", "AutoETS", "AutoTheta", "SeasonalNaive"])
        for key in test:
            writer.writerow([key, len(train[key])] + [per_model[m].get(key, math.nan) for m in per_model])
    summary["environment"] = environment()
    (work / "peer_tourism.json").write_text(json.dumps(summary, indent=2) + "\n")
    print("peer tourism:", {k: v["mean_mase"] for k, v in summary.items() if isinstance(v, dict) and "mean_mase" in v},
          f"{seconds:.1f} s")


def cpu_seconds() -> float:
    """User + system CPU time of this process and its reaped children (the worker pool, once shut down)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_autoets(frame: pd.DataFrame) -> tuple[pd.DataFrame, float, int, float]:
    """Forecast, wall seconds, peak tree RSS in KB, CPU seconds (a check on whether other load slowed it)."""
    with TreeRSSMonitor() as monitor:
        cpu_before, started = cpu_seconds(), time.perf_counter()
        result = StatsForecast(models=[AutoETS(season_length=52)], freq=1, n_jobs=N_JOBS).forecast(
            df=frame, h=WEEKLY_HORIZON
        )
        seconds = time.perf_counter() - started
        cpu = cpu_seconds() - cpu_before
    return result, seconds, monitor.peak_kb, cpu


def run_weekly(work: Path, budget_minutes: float) -> None:
    train = read_long(work / "weekly_train.csv")
    ids = list(train.keys())
    rng = np.random.default_rng(SAMPLE_SEED)
    order = [ids[i] for i in rng.permutation(len(ids))]
    # Untimed warm-up: imports in the workers and JIT compilation, which a long-running service pays once.
    timed_autoets(long_frame({key: train[key] for key in order[:4]}))
    probe_size = min(300, len(ids))
    _, probe_seconds, _, _ = timed_autoets(long_frame({key: train[key] for key in order[:probe_size]}))
    estimate = probe_seconds * len(ids) / probe_size
    budget = budget_minutes * 60
    subset = len(ids) if estimate <= budget else max(probe_size, int(len(ids) * budget * 0.8 / estimate))
    frame = long_frame({key: train[key] for key in (ids if subset == len(ids) else order[:subset])})
    result, seconds, peak_kb, cpu = timed_autoets(frame)
    full_seconds = seconds * len(ids) / subset
    summary = {
        "model": "AutoETS(season_length=52)",
        "series": len(ids),
        "weeks": int(np.median([len(v) for v in train.values()])),
        "horizon": WEEKLY_HORIZON,
        "timed_series": subset,
        "extrapolated": subset != len(ids),
        "seconds_timed": round(seconds, 2),
        "seconds_full": round(full_seconds, 2),
        "cpu_seconds_timed": round(cpu, 1),
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "probe": {"series": probe_size, "seconds": round(probe_seconds, 2), "estimate_full": round(estimate, 1)},
        "peak_rss_mb_tree": round(peak_kb / 1024),
        "peak_rss_mb_parent": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_rss_mb_largest_worker": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "environment": environment(),
    }
    if subset == len(ids):
        forecasts = forecasts_by_series(result, "AutoETS")
        with open(work / "peer_weekly_forecasts.csv", "w", newline="") as file:
            writer = csv.writer(file, lineterminator="\n")
            writer.writerow(["series_id", "step", "mean"])
            for key in ids:
                writer.writerows([key, step + 1, repr(float(v))] for step, v in enumerate(forecasts[key]))
    (work / "peer_weekly.json").write_text(json.dumps(summary, indent=2) + "\n")
    note = f" (subset of {subset}, extrapolated)" if subset != len(ids) else ""
    print(f"peer weekly: AutoETS {full_seconds:.1f} s for {len(ids)} series{note}, peak tree RSS {peak_kb // 1024} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("part", nargs="?", default="all", choices=["tourism", "weekly", "all"])
    parser.add_argument("--work", type=Path, default=Path("Benchmarks/work"))
    parser.add_argument("--budget-minutes", type=float, default=25.0)
    args = parser.parse_args()
    if args.part in ("tourism", "all"):
        run_tourism(args.work)
    if args.part in ("weekly", "all"):
        run_weekly(args.work, args.budget_minutes)


if __name__ == "__main__":
    main()
