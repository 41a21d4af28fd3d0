#!/usr/bin/env bash
# Benchmark: sync (issue 7's acceptance). Release build.
#   A region's full year of indicators (the synthetic Region Stockholm at full scale: every specialty × the
#   catalogue's 12 indicators × 52 weeks) syncs from an empty hub over loopback, target < 2 s, including computing
#   the indicators, the disclosure gate (primary and secondary suppression, the publication ledger), signing every
#   batch (Ed25519), the hub's checks and upserts, and committing every receipt. Timed: `balans sync now --weeks 52`,
#   a process of its own against `balans hub serve`, as a node's operator runs it; the target is its export and
#   sending (its own "Tid:" line), the whole process is reported beside it. Then the same round again (nothing to
#   send: the idempotent path).
# Writes Benchmarks/results/sync-<date>.md. Needs .build/release/balans (swift build -c release --product balans),
# curl, python3, sqlite3.
# Settings (environment): REGION (01), SCALE (1.0), SPECIALTIES (40: the issue's "≈ 40 specialties"; 16 is the
# generator's standard region), BATCH (1000 items per batch), WINDOW (2 batches in flight), WEEKS (52; the generator
# writes two years, so up to 104: 74 weeks of the 40 specialties give about the issue's 25,000 values), BALANS_BIN,
# PLAN (1: forecast and agree a plan for 2025 before its outcome is imported, as a region works, so all 12
# indicators have values; 0: import everything, no forecast or plan), RUNS (5 timed first rounds, each from the
# same pristine node and empty hub), OUT, KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/bench-common.sh
require_release_binary

region=${REGION:-01}
scale=${SCALE:-1.0}
batch=${BATCH:-1000}
window=${WINDOW:-2}
weeks=${WEEKS:-52}
plan=${PLAN:-1}
runs=${RUNS:-5}
specialties=${SPECIALTIES:-40}
work=$(mktemp -d /tmp/balans-sync-bench.XXXXXX)
server_pid=""
cleanup() {
    stop_server
    [ "${KEEP:-0}" = 1 ] && echo "kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT

echo "generating and importing region $region (scale $scale)…" >&2
"$balans" generate --region "$region" --out "$work/files" --seed 7 --last-week 2025-W52 --years 2 --scale "$scale" \
    --specialties "$specialties" \
    >"$work/generate.out"
if [ "$plan" = 1 ]; then
    # As a region works: history to the end of 2024, a forecast and an agreed plan for 2025 from there, then 2025's
    # outcome. Production vs plan and forecast error then have a value for every week, as the others do.
    python3 Benchmarks/split_feeds.py "$work/files" "$work/history" 2024-W52
    "$balans" import --database "$work/node.sqlite" "$work"/history/*.csv >"$work/import-history.out"
    "$balans" forecast --database "$work/node.sqlite" >"$work/forecast.out"
    root=$(awk -F';' 'NR > 1 && $4 == "" { print $1; exit }' "$work/history/enheter.csv")
    for user in "analytiker analyst" "taktiker tactical" "strateg strategic"; do
        set -- $user
        BALANS_PASSWORD=benchmark-losenord-2026 "$balans" user add --database "$work/node.sqlite" --username "$1" \
            --name "$1" --role "$2" $([ "$2" = analyst ] || echo "--unit $root") >/dev/null
    done
    "$balans" plan create --database "$work/node.sqlite" --unit "$root" --name Produktionsplan --user analytiker \
        >"$work/plan.out"
    plan_id=$(sqlite3 "$work/node.sqlite" "SELECT max(id) FROM plan")
    "$balans" plan propose --database "$work/node.sqlite" --plan "$plan_id" --version 1 --user analytiker \
        --level taktisk --comment "Balanserad mot prognosen." >>"$work/plan.out"
    "$balans" plan agree --database "$work/node.sqlite" --plan "$plan_id" --version 1 --user taktiker \
        --level taktisk --comment "Överenskommen." >>"$work/plan.out"
    "$balans" plan agree --database "$work/node.sqlite" --plan "$plan_id" --version 1 --user strateg \
        --level strategisk --comment "Fastställd." >>"$work/plan.out"
fi
"$balans" import --database "$work/node.sqlite" "$work"/files/*.csv >"$work/import.out"
"$balans" hub init --database "$work/hub.sqlite" >"$work/hub-init.out"
public_key=$("$balans" sync key --key "$work/node.ed25519")
"$balans" hub credential --database "$work/hub.sqlite" --tenant "$region" --role region-node \
    --label "Regionnod $region" --public-key "$public_key" >"$work/node.token"
# Pristine copies: every timed first round starts from the same node and an empty hub.
sqlite3 "$work/node.sqlite" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
sqlite3 "$work/hub.sqlite" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$work/node.sqlite" "$work/node.pristine"
cp "$work/hub.sqlite" "$work/hub.pristine"
fresh_start() {
    stop_server
    rm -f "$work"/node.sqlite* "$work"/hub.sqlite*
    cp "$work/node.pristine" "$work/node.sqlite"
    cp "$work/hub.pristine" "$work/hub.sqlite"
    start_server hub "$balans" hub serve --database "$work/hub.sqlite" --port 0
}

sync_round() {
    local name=$1 start end
    start=$(date +%s.%N)
    "$balans" sync now --database "$work/node.sqlite" --hub "$base_url" --token-file "$work/node.token" \
        --key "$work/node.ed25519" --weeks "$weeks" --batch-items "$batch" \
        --batches-in-flight "$window" >"$work/$name.out" 2>"$work/$name.err"
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.2f}')"
}

# The round's own "Tid:" line: export, sändning (every batch receipted), hämtning (down streams), in seconds.
phase() {
    sed -n 's/^Tid: *export \([0-9,]*\) s, sändning \([0-9,]*\) s, hämtning \([0-9,]*\) s$/\1 \2 \3/p' "$work/$1.out" |
        tr ',' '.' | cut -d' ' -f"$2"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# RUNS first rounds, each from the pristine copies; the table shows the run with the median synced time, and the
# spread of all runs is reported beside it.
synced_runs=()
for run in $(seq "$runs"); do
    fresh_start
    whole=$(sync_round "first-$run")
    synced_runs+=("$(python3 -c "print(f'{$(phase "first-$run" 1) + $(phase "first-$run" 2):.2f}')") $run $whole")
done
read -r _ median_run first < <(printf '%s\n' "${synced_runs[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
cp "$work/first-$median_run.out" "$work/first.out"
spread=$(printf '%s\n' "${synced_runs[@]}" | sort -n | awk '{ printf "%s%s", (NR > 1 ? ", " : ""), $1 }')
second=$(sync_round second)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
rss=$(server_peak_rss_mb)
stop_server

hub_values=$(sqlite3 "$work/hub.sqlite" "SELECT count(*) FROM sync_record WHERE stream = 'indicators'")
hub_suppressed=$(sqlite3 "$work/hub.sqlite" \
    "SELECT count(*) FROM sync_record WHERE stream = 'indicators' AND json_extract(payload, '$.suppressed') = 1")
groups=$(sqlite3 "$work/hub.sqlite" \
    "SELECT count(DISTINCT json_extract(payload, '$.group')) FROM sync_record WHERE stream = 'indicators'")
batches=$(sqlite3 "$work/hub.sqlite" "SELECT count(*) FROM sync_receipt")
per_indicator=$(sqlite3 -separator ' ' "$work/hub.sqlite" \
    "SELECT json_extract(payload, '$.indicatorID'), count(*) FROM sync_record WHERE stream = 'indicators'
     GROUP BY 1 ORDER BY 1" | awk '{ printf "%s`%s` %s", (NR > 1 ? ", " : ""), $1, $2 }')
export_s=$(phase first 1)
upload_s=$(phase first 2)
download_s=$(phase first 3)
synced=$(python3 -c "print(f'{$export_s + $upload_s:.2f}')")
target_met=$(python3 -c "print('met' if $synced < 2 else 'not met')")

date_tag=$(date -u +%Y-%m-%d)
out=${OUT:-Benchmarks/results/sync-$date_tag.md}
{
    echo "# Sync: a region's full year of indicators from an empty hub"
    echo
    echo "Run $(date -u +%Y-%m-%dT%H:%MZ) at commit $(git rev-parse --short HEAD) on $(machine_facts); release build"
    echo "(\`$balans\`, $binary_note). Produced by \`Benchmarks/sync-benchmark.sh\`. Hub (\`balans hub serve\`) and node"
    echo "(\`balans sync now\`) are separate processes on the same 2 cores over loopback; load average before/after:"
    echo "$load_before / $load_after."
    echo
    echo "Region $region (synthetic, scale $scale), $weeks weeks up to 2025-W52: $groups specialties (groups) × the"
    echo "catalogue's 12 indicators$([ "$plan" = 1 ] && echo " (the node forecast 2025 and agreed a plan for it before 2025's outcome was imported)"). The round is run as an operator runs it: compute the indicators, the"
    echo "disclosure gate (primary and secondary suppression with exact elimination, the publication ledger), write the"
    echo "outbox, sign every batch of $batch items (Ed25519; up to $window batches in flight, receipts committed in order),"
    echo "the hub's checks and idempotent upserts in one transaction per"
    echo "batch (the national comparisons are queued there and published after the commit), every receipt committed on"
    echo "the node; then the down streams (catalogue, examples, comparisons, exchange)."
    echo
    echo "Timed parts of the first round (its own \`Tid:\` line): the export (compute, disclosure gate, outbox) and"
    echo "the sending until the hub's last receipt is committed on the node make up the year's indicators synced;"
    echo "the round then reads the down streams, including the national comparisons the hub publishes from them."
    echo
    echo "| round | export s | sending s | **synced s** (target < 2 s) | reading s | whole process s | values at the hub | suppressed | batches |"
    echo "|---|---|---|---|---|---|---|---|---|"
    echo "| first (empty hub), median of $runs | $export_s | $upload_s | **$synced** ($target_met) | $download_s | $first | $hub_values | $hub_suppressed | $batches |"
    echo "| again (nothing new) | $(phase second 1) | $(phase second 2) | | $(phase second 3) | $second | $hub_values | | |"
    echo
    echo "Synced s in each of the $runs first rounds, sorted: $spread."
    echo
    echo "Values per indicator: $per_indicator. A cell whose data the region lacks is not sent."
    echo
    echo "Hub peak RSS: ${rss} MB. The first round's own report (\`balans sync now\`, Swedish):"
    echo
    echo '```'
    tail -25 "$work/first.out"
    echo '```'
} >"$out"
echo "wrote $out" >&2
cat "$out"
