#!/usr/bin/python3
"""Example Balans forecast plugin (protocol v1): a seasonal model for weekly (or monthly) inflow.

Standard library only. Reads one JSON request on standard input, writes one JSON response on standard output.
Copy this folder, change MODEL_ID in plugin.json and here, edit LOCAL_HOLIDAYS and the constants below, then get
the new version allowlisted (see README.md).

The model, per series:
  1. calendar factor  c[t] = (1 - WORKING_DAY_WEIGHT + WORKING_DAY_WEIGHT * workingDays[t] / normal days)
                             * (1 + sum of LOCAL_HOLIDAYS effects of dates in period t)
  2. adjusted history a[t] = y[t] / c[t]
  3. season profile  s[k] = average over earlier years of a[t] / (mean of a over that year), for period-of-year k,
                            smoothed over neighbouring periods and shrunk towards 1 when few years are known
  4. level           L    = mean of a[t] / s[k(t)] over the last LEVEL_PERIODS periods
  5. forecast        m[h] = L * s[k(n+h)] * c[n+h]
  6. quantiles       from the empirical relative one-step residuals, widened with the horizon; a Poisson-like
                     normal approximation when there are too few residuals.
"""
import datetime
import json
import math
import statistics
import sys

MODEL_ID = "seasonal-python"
MODEL_VERSION = "1.0.0"
PROTOCOL_VERSION = 1

# Local holidays and events the national calendar does not know about: date -> relative effect on that
# period's inflow (-0.2 = 20 % lower). Edit freely; dates outside the series are ignored.
LOCAL_HOLIDAYS = {
    "2023-11-10": -0.05,  # e.g. a regional training day for referring clinics
    "2024-11-08": -0.05,
    "2025-11-07": -0.05,
    "2026-11-06": -0.05,
}

WORKING_DAY_WEIGHT = 0.7  # how strongly inflow follows the number of working days (0 = not at all)
LEVEL_PERIODS = {"weekly": 8, "monthly": 3}  # periods averaged for the level
SEASON_LENGTH = {"weekly": 52, "monthly": 12}
NORMAL_WORKING_DAYS = {"weekly": 5.0, "monthly": 21.0}
MIN_RESIDUALS = 10  # fewer than this: use the normal approximation for quantiles


def period_dates(frequency, start, count):
    """(first day, period-of-year index 0..season-1) for `count` periods from the start label."""
    result = []
    if frequency == "weekly":
        year, week = start.split("-W")
        monday = datetime.date.fromisocalendar(int(year), int(week), 1)
        for offset in range(count):
            day = monday + datetime.timedelta(weeks=offset)
            iso_week = day.isocalendar()[1]
            result.append((day, min(iso_week, 52) - 1))  # week 53 is folded onto week 52
    else:
        year, month = (int(part) for part in start.split("-"))
        for offset in range(count):
            index = month - 1 + offset
            result.append((datetime.date(year + index // 12, index % 12 + 1, 1), index % 12))
    return result


def holiday_factor(frequency, first_day):
    length = 7 if frequency == "weekly" else 31
    effect = 0.0
    for offset in range(length):
        day = first_day + datetime.timedelta(days=offset)
        if frequency == "monthly" and day.month != first_day.month:
            break
        effect += LOCAL_HOLIDAYS.get(day.isoformat(), 0.0)
    return max(0.05, 1.0 + effect)


def season_profile(adjusted, positions, season):
    """Multiplicative profile by period of year; 1.0 everywhere when less than a year is known."""
    if len(adjusted) < season + season // 2:
        return [1.0] * season
    ratios = [[] for _ in range(season)]
    for t, value in enumerate(adjusted):
        window = adjusted[max(0, t - season // 2): t + season // 2]
        base = sum(window) / len(window) if window else 0.0
        if base > 0:
            ratios[positions[t]].append(value / base)
    raw = [statistics.fmean(r) if r else 1.0 for r in ratios]
    smooth = [(raw[k - 1] + 2 * raw[k] + raw[(k + 1) % season]) / 4 for k in range(season)]
    years = len(adjusted) / season
    weight = years / (years + 1.0)  # shrink towards a flat profile when few years are known
    profile = [1.0 + weight * (value - 1.0) for value in smooth]
    mean = statistics.fmean(profile)
    return [max(0.05, value / mean) for value in profile]


def quantile(sorted_values, level):
    position = level * (len(sorted_values) - 1)
    low = math.floor(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (position - low) * (sorted_values[high] - sorted_values[low])


def forecast_series(series, frequency, horizon, levels):
    values = [float(v) for v in series["values"]]
    n = len(values)
    season = SEASON_LENGTH[frequency]
    periods = period_dates(frequency, series["start"], n + horizon)
    working_days = series["calendar"]["workingDays"]
    normal = NORMAL_WORKING_DAYS[frequency]
    calendar = [
        (1 - WORKING_DAY_WEIGHT + WORKING_DAY_WEIGHT * min(working_days[t], normal) / normal)
        * holiday_factor(frequency, periods[t][0])
        for t in range(n + horizon)
    ]
    calendar = [max(0.05, c) for c in calendar]
    positions = [position for _, position in periods]
    adjusted = [values[t] / calendar[t] for t in range(n)]
    profile = season_profile(adjusted, positions, season)
    deseasonalised = [adjusted[t] / profile[positions[t]] for t in range(n)]
    window = LEVEL_PERIODS[frequency]
    level = statistics.fmean(deseasonalised[-window:]) if n else 0.0

    # Relative one-step residuals of the same recipe (level from the preceding window).
    residuals = []
    for t in range(window, n):
        past = statistics.fmean(deseasonalised[t - window: t])
        fitted = past * profile[positions[t]] * calendar[t]
        if fitted > 0:
            residuals.append(values[t] / fitted - 1.0)
    residuals.sort()

    mean = []
    paths = {level_: [] for level_ in levels}
    for h in range(horizon):
        t = n + h
        m = max(0.0, level * profile[positions[t]] * calendar[t])
        mean.append(round(m, 6))
        widen = math.sqrt(1.0 + h / window)
        row = []
        for q in levels:
            if len(residuals) >= MIN_RESIDUALS:
                value = m * (1.0 + widen * quantile(residuals, q))
            else:
                z = statistics.NormalDist().inv_cdf(q)
                value = m + z * widen * math.sqrt(max(m, 1e-9))
            row.append(max(0.0, value))
        row.sort()  # quantiles must not decrease with the level
        for q, value in zip(levels, row):
            paths[q].append(round(value, 6))
    return {
        "id": series["id"],
        "mean": mean,
        "quantiles": {str(q): paths[q] for q in levels},
        "parameters": {"level": round(level, 6), "years": round(n / season, 3), "residuals": len(residuals)},
    }


def main():
    request = json.load(sys.stdin)
    if request.get("protocolVersion") != PROTOCOL_VERSION:
        print(f"unsupported protocolVersion {request.get('protocolVersion')!r}", file=sys.stderr)
        return 2
    model = {"id": MODEL_ID, "version": MODEL_VERSION,
             "description": "Säsongsprofil × nivå × arbetsdagar (exempelplugin)"}
    forecasts = []
    if request["command"] == "forecast":
        levels = [float(q) for q in request["quantiles"]]
        forecasts = [forecast_series(s, request["frequency"], request["horizon"], levels) for s in request["series"]]
    elif request["command"] != "describe":
        print(f"unknown command {request['command']!r}", file=sys.stderr)
        return 2
    response = {"protocolVersion": PROTOCOL_VERSION, "model": model, "forecasts": forecasts}
    # allow_nan=False: the host rejects NaN anyway; failing here gives a clearer error in the log.
    json.dump(response, sys.stdout, allow_nan=False, separators=(",", ":"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
