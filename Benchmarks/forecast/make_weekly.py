"""Generates weekly healthcare-like inflow series for the forecasting speed benchmark (deterministic seed).

Each series is weekly counts (visits, referrals) from 2023-W01: 156 weeks of history (2023–2025, three
52-week ISO years) plus the next 52 weeks (2026-W01..W52) kept apart as a holdout. The shape follows what
Swedish regional inflow looks like:
  - a level from ~0.3 (rare, intermittent) to ~400 a week, log-uniform, with a modest yearly trend;
  - a smooth yearly profile (two Fourier harmonics, e.g. a winter peak);
  - the summer dip (industrial holiday weeks 28–31, shoulders in 27 and 32), deeper for elective care;
  - Christmas/New Year (weeks 52 and 1) and the moving holidays (Easter: the week of Good Friday and the
    week of Easter Monday; Ascension Thursday; Midsummer Eve), each reducing that week's working days;
  - an occasional level shift (a clinic reorganised), and gamma-Poisson (overdispersed) noise.

Writes <out>/weekly_train.csv (series_id,t,value; t = 0..155) and <out>/weekly_test.csv (t = 156..207).
Usage: make_weekly.py [out_dir] [series]   (defaults Benchmarks/work, 10000). Needs numpy.
"""

import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np

SEED = 20261125
TRAIN_WEEKS = 156
HOLDOUT_WEEKS = 52
FIRST_YEAR = 2023


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def midsummer_eve(year: int) -> date:
    """Midsummer Eve: the Friday between 19 and 25 June."""
    day = date(year, 6, 19)
    return day + timedelta(days=(4 - day.weekday()) % 7)


def working_day_factor(weeks: int) -> np.ndarray:
    """Per-week multiplier for holidays that fall on weekdays, by ISO week from FIRST_YEAR-W01."""
    start = date.fromisocalendar(FIRST_YEAR, 1, 1)
    factor = np.ones(weeks)

    def lose(day: date, share: float) -> None:
        index = (day - start).days // 7
        if 0 <= index < weeks and day.weekday() < 5:
            factor[index] -= share

    for year in range(FIRST_YEAR, FIRST_YEAR + weeks // 52 + 2):
        sunday = easter(year)
        lose(sunday - timedelta(days=2), 0.2)  # Good Friday
        lose(sunday + timedelta(days=1), 0.2)  # Easter Monday
        lose(sunday + timedelta(days=39), 0.2)  # Ascension Thursday
        lose(sunday + timedelta(days=40), 0.1)  # the squeeze day after Ascension
        lose(midsummer_eve(year), 0.2)
        for day in (date(year, 1, 1), date(year, 1, 6), date(year, 5, 1), date(year, 6, 6)):
            lose(day, 0.2)
        for day in (date(year, 12, 24), date(year, 12, 25), date(year, 12, 26), date(year, 12, 31)):
            lose(day, 0.2)
    return np.clip(factor, 0.1, 1.0)


def generate(series: int, rng: np.random.Generator) -> np.ndarray:
    weeks = TRAIN_WEEKS + HOLDOUT_WEEKS
    start = date.fromisocalendar(FIRST_YEAR, 1, 1)
    week_of_year = np.array([(start + timedelta(weeks=i)).isocalendar()[1] for i in range(weeks)])
    t = np.arange(weeks)
    angle = 2 * np.pi * week_of_year / 52.0

    intermittent = rng.random(series) < 0.12
    level = np.where(
        intermittent, np.exp(rng.uniform(np.log(0.3), np.log(3.0), series)),
        np.exp(rng.uniform(np.log(3.0), np.log(400.0), series)),
    )
    growth = rng.normal(0.02, 0.04, series)  # per year
    amplitude1, amplitude2 = rng.uniform(0.0, 0.15, series), rng.uniform(0.0, 0.06, series)
    phase1, phase2 = rng.uniform(0, 2 * np.pi, series), rng.uniform(0, 2 * np.pi, series)
    summer_depth = rng.uniform(0.15, 0.65, series)
    holiday_sensitivity = rng.uniform(0.5, 1.2, series)
    shifted = rng.random(series) < 0.10
    shift_week = rng.integers(40, TRAIN_WEEKS - 10, series)
    shift_size = rng.normal(0.0, 0.2, series)
    dispersion = rng.uniform(8.0, 60.0, series)  # gamma shape: smaller = noisier

    seasonal = (
        1.0
        + amplitude1[:, None] * np.sin(angle[None, :] + phase1[:, None])
        + amplitude2[:, None] * np.sin(2 * angle[None, :] + phase2[:, None])
    )
    summer = np.zeros(weeks)
    summer[np.isin(week_of_year, [28, 29, 30, 31])] = 1.0
    summer[np.isin(week_of_year, [27, 32])] = 0.5
    holidays = 1.0 - working_day_factor(weeks)  # share of the week lost
    trend = np.exp(growth[:, None] * t[None, :] / 52.0)
    shift = np.where(shifted[:, None] & (t[None, :] >= shift_week[:, None]), np.exp(shift_size)[:, None], 1.0)
    mean = (
        level[:, None] * trend * seasonal * shift
        * (1.0 - summer_depth[:, None] * summer[None, :])
        * np.clip(1.0 - holiday_sensitivity[:, None] * holidays[None, :], 0.05, 1.0)
    )
    gamma = rng.gamma(dispersion[:, None], 1.0 / dispersion[:, None], mean.shape)
    return rng.poisson(mean * gamma)


def write(path: Path, values: np.ndarray, first_t: int) -> None:
    series, weeks = values.shape
    ids = np.repeat([f"W{i:05d}" for i in range(series)], weeks)
    ts = np.tile(np.arange(first_t, first_t + weeks), series)
    with open(path, "w") as file:
        file.write("series_id,t,value\n")
        file.writelines(f"{i},{t},{v}\n" for i, t, v in zip(ids, ts, values.ravel().tolist()))


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "Benchmarks/work")
    series = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    out.mkdir(parents=True, exist_ok=True)
    values = generate(series, np.random.default_rng(SEED))
    write(out / "weekly_train.csv", values[:, :TRAIN_WEEKS], 0)
    write(out / "weekly_test.csv", values[:, TRAIN_WEEKS:], TRAIN_WEEKS)
    zeros = float((values[:, :TRAIN_WEEKS] == 0).mean())
    print(
        f"make_weekly: {series} series x {TRAIN_WEEKS} weeks from {FIRST_YEAR}-W01 (+{HOLDOUT_WEEKS} holdout), "
        f"median weekly mean {np.median(values[:, :TRAIN_WEEKS].mean(axis=1)):.1f}, zero share {zeros:.1%} -> {out}"
    )


if __name__ == "__main__":
    main()
