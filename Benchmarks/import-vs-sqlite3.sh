#!/usr/bin/env bash
# Benchmark: `balans import` of 1,000,000 CSV rows (weekly inflow; waiting-list entries) against the sqlite3
# shell's own `.import` of the same file into a table with the same indexes, in the same run.
# Release build. Writes Benchmarks/results/import-vs-sqlite3-<date>.md. Usage: Benchmarks/import-vs-sqlite3.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup
rows=${1:-1000000}
runs=${RUNS:-3}
swift build -c release --product balans >/dev/null
balans=$PWD/.build/release/balans
work=$PWD/Benchmarks/work/import
rm -rf "$work" && mkdir -p "$work"
python3 Benchmarks/make_import_data.py "$work" "$rows"

# Prints "<seconds> <peak RSS in MB>" for a command, via GNU time.
measure() {
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
        cat "$work/stderr.txt" >&2
        exit 1
    }
    awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$work/time.txt"
}

# Best of $runs for each contender; each run starts from a fresh database holding only the master data.
best() {
    local label=$1 prepare=$2 command=$3 best_time="" best_rss=""
    for _ in $(seq "$runs"); do
        rm -f "$work"/db.sqlite*
        eval "$prepare"
        read -r seconds rss < <(measure bash -c "$command")
        if [ -z "$best_time" ] || awk "BEGIN { exit !($seconds < $best_time) }"; then best_time=$seconds; fi
        if [ -z "$best_rss" ] || [ "$rss" -gt "$best_rss" ]; then best_rss=$rss; fi
    done
    echo "$label $best_time $best_rss"
}

balans_prepare="$balans import --database $work/db.sqlite $work/enheter.csv $work/planeringsobjekt.csv >/dev/null"
sqlite_inflow_schema="CREATE TABLE inflow (planeringsobjekt TEXT NOT NULL, vecka TEXT NOT NULL, antal INTEGER NOT NULL,
    PRIMARY KEY (planeringsobjekt, vecka)) WITHOUT ROWID;"
sqlite_waiting_schema="CREATE TABLE waiting (uttagsdatum TEXT NOT NULL, planeringsobjekt TEXT NOT NULL,
    vantar_sedan TEXT NOT NULL, maldatum TEXT, prioritet TEXT);
    CREATE INDEX waiting_snapshot_object ON waiting (uttagsdatum, planeringsobjekt);
    CREATE INDEX waiting_object ON waiting (planeringsobjekt);"
sqlite_pragmas="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"

results=()
results+=("$(best balans-inflow "$balans_prepare" "$balans import --database $work/db.sqlite $work/inflode.csv")")
results+=("$(best sqlite3-inflow "sqlite3 $work/db.sqlite \"$sqlite_pragmas $sqlite_inflow_schema\" >/dev/null" \
    "sqlite3 $work/db.sqlite -cmd '.mode csv' -cmd '.separator ;' '.import --skip 1 $work/inflode.csv inflow'")")
results+=("$(best balans-waiting "$balans_prepare" "$balans import --database $work/db.sqlite $work/vantelista.csv")")
results+=("$(best sqlite3-waiting "sqlite3 $work/db.sqlite \"$sqlite_pragmas $sqlite_waiting_schema\" >/dev/null" \
    "sqlite3 $work/db.sqlite -cmd '.mode csv' -cmd '.separator ;' '.import --skip 1 $work/vantelista.csv waiting'")")

declare -A seconds rss
for line in "${results[@]}"; do
    read -r name s m <<<"$line"
    seconds[$name]=$s
    rss[$name]=$m
done
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }
mkdir -p Benchmarks/results
report="Benchmarks/results/import-vs-sqlite3-$(date +%Y-%m-%d).md"
{
    echo "# Import of $rows CSV rows: balans vs sqlite3 .import"
    echo
    echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB;" \
        "release build; best of $runs runs; sqlite3 $(sqlite3 --version | cut -d' ' -f1)."
    echo "balans parses, validates every row (codes, ISO weeks, dates, personnummer scan) and upserts;"
    echo "sqlite3 .import inserts raw text into a table with the same keys and indexes (WAL, synchronous=NORMAL)."
    echo
    echo "| feed | balans s | sqlite3 s | ratio (target ≤ 2.0) | balans peak RSS MB (target < 500) | sqlite3 peak RSS MB |"
    echo "|---|---|---|---|---|---|"
    for feed in inflow waiting; do
        echo "| $feed | ${seconds[balans-$feed]} | ${seconds[sqlite3-$feed]} |" \
            "$(ratio "${seconds[balans-$feed]}" "${seconds[sqlite3-$feed]}") | ${rss[balans-$feed]} |" \
            "${rss[sqlite3-$feed]} |"
    done
} >"$report"
cat "$report"
