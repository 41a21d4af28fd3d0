"""Shared helpers for the forecasting benchmark: long-format CSV I/O and MASE as the tourism competition
defines it (out-of-sample MAE scaled by the in-sample MAE of the seasonal naive forecast with period m)."""

import csv
import math
from collections import defaultdict
from pathlib import Path

import numpy as np


def read_long(path: Path, time_column: str = "t", value_column: str = "value") -> dict[str, np.ndarray]:
    """Reads series_id,<time>,<value> rows into {series_id: values ordered by time}, keeping file order of ids."""
    rows: dict[str, list[tuple[int, float]]] = defaultdict(list)
    with open(path, newline="") as file:
        for row in csv.DictReader(file):
            rows[row["series_id"]].append((int(row[time_column]), float(row[value_column])))
    return {key: np.array([v for _, v in sorted(points)]) for key, points in rows.items()}


def mase(train: np.ndarray, test: np.ndarray, forecast: np.ndarray, m: int) -> float:
    """MASE with the in-sample seasonal naive scale; NaN when the scale is zero or the series is too short."""
    if len(train) <= m or len(forecast) != len(test):
        return math.nan
    scale = float(np.mean(np.abs(train[m:] - train[:-m])))
    if scale == 0.0 or not np.all(np.isfinite(forecast)):
        return math.nan
    return float(np.mean(np.abs(test - forecast))) / scale


def mean_mase(
    train: dict[str, np.ndarray], test: dict[str, np.ndarray], forecasts: dict[str, np.ndarray], m: int
) -> tuple[float, dict[str, float], list[str]]:
    """Mean MASE over every test series, per-series MASE, and the ids that could not be scored (missing
    forecast, wrong length, non-finite values, zero scale). A missing forecast is an error the caller reports."""
    per_series: dict[str, float] = {}
    unscored: list[str] = []
    for key, actual in test.items():
        forecast = forecasts.get(key)
        score = math.nan if forecast is None else mase(train[key], actual, forecast, m)
        if math.isnan(score):
            unscored.append(key)
        else:
            per_series[key] = score
    mean = float(np.mean(list(per_series.values()))) if per_series else math.nan
    return mean, per_series, unscored
