#!/usr/bin/env bash
# Benchmark: the region node's web pages with a large region loaded (issue 5's acceptance: >= 1M outcome rows;
# the start page and a planning-object page at 32 concurrent connections, p99 < 250 ms, no errors). Release build.
#
# The large region: `balans generate` makes one planning object per care service (322 for Stockholm) and its
# --scale changes volumes, not rows, so COPIES copies of region 01 (different seeds) are merged into one region
# of COPIES "hospital groups" by Benchmarks/make_large_region.py. It is prepared the way a region works (as
# `balans demo` does): history imported up to four weeks ago, inflow forecast, a plan for the whole region
# proposed and agreed at the tactical and strategic levels, the last four weeks of outcome imported, and the
# four weekly follow-up rounds run. Then `balans node serve`, a login as the strategic manager for the whole
# region (session cookie, as a browser), and wrk on the start page, a planning-object page and the follow-up page.
#
# Writes Benchmarks/results/node-web-<date>.md. Needs .build/release/balans, wrk, curl, python3, sqlite3.
# Each page is first requested one at a time (SEQUENTIAL_COUNT times, at most SEQUENTIAL_BUDGET s); the 32-connection
# run is skipped, and reported as not met, when that latency × connections / cores exceeds DRAIN_BUDGET s.
# Settings (environment): COPIES (10), YEARS (3), SCALE (0.25), DURATION (20s), CONNECTIONS (32), THREADS (2),
# SEQUENTIAL_COUNT (5), SEQUENTIAL_BUDGET (60), DRAIN_BUDGET (120), BALANS_BIN (binary), OUT (result file),
# KEEP=1 keeps the temporary directory (database and files).
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/bench-common.sh
require_release_binary

copies=${COPIES:-10}
years=${YEARS:-3}
scale=${SCALE:-0.25}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
sequential_count=${SEQUENTIAL_COUNT:-5}
sequential_budget=${SEQUENTIAL_BUDGET:-60}
drain_budget=${DRAIN_BUDGET:-120}

work=$(mktemp -d /tmp/balans-node-bench.XXXXXX)
server_pid=""
cleanup() {
    stop_server
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
mkdir -p Benchmarks/results
db=$work/region.sqlite
password=benchmark-$RANDOM-$RANDOM
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started_all=$(date +%s)

# Seconds taken by a command (its output to $work/<label>.log).
timed() {
    local label=$1
    shift
    local a b
    a=$(date +%s.%N)
    "$@" >"$work/$label.log" 2>&1 || { cat "$work/$label.log" >&2; echo "$label failed" >&2; exit 1; }
    b=$(date +%s.%N)
    awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f", b - a }'
}

# The last full week (as `balans generate` defaults to) and the cutoff four weeks before it.
read -r last_week cutoff <<<"$(python3 -c '
import datetime
last = datetime.date.today() - datetime.timedelta(days=7)
cut = last - datetime.timedelta(weeks=4)
fmt = lambda d: "%d-W%02d" % d.isocalendar()[:2]
print(fmt(last), fmt(cut))')"

echo "generating $copies copies of region 01 ($years years to $last_week, scale $scale)"
generate_s=$(timed generate sh -c "seq $copies | xargs -P 2 -I{} '$balans' generate --region 01 --seed {} \
    --years $years --scale $scale --last-week $last_week --out '$work/gen/{}'")
merge_s=$(timed merge python3 Benchmarks/make_large_region.py "$work/region" "$cutoff" \
    $(for i in $(seq "$copies"); do echo "$work/gen/$i"; done))
rm -rf "$work/gen"
cat "$work/merge.log"
rows() { awk -v f="$1" '$1 == f { print $2 }' "$work/merge.log"; }
objects=$(rows historik/planeringsobjekt.csv)
units=$(($(rows historik/enheter.csv)))
inflow_rows=$(($(rows historik/inflode.csv) + $(rows utfall/inflode.csv)))
production_rows=$(($(rows historik/produktion.csv) + $(rows utfall/produktion.csv)))
waiting_rows=$(rows historik/vantelista.csv)
capacity_rows=$(rows historik/kapacitet.csv)
csv_mb=$(du -sm "$work/region" | cut -f1)

echo "importing history"
import_s=$(timed import "$balans" import --database "$db" "$work"/region/historik/*.csv)
echo "forecasting"
forecast_s=$(timed forecast "$balans" forecast --database "$db")

root=$(awk -F';' 'NR > 1 && $4 == "" { print $1; exit }' "$work/region/historik/enheter.csv")
add_user() {
    BALANS_PASSWORD=$password "$balans" user add --database "$db" --username "$1" --name "$2" --role "$3" \
        ${4:+--unit "$4"} >/dev/null
}
add_user analytiker "Alva Analytiker" analyst
add_user taktiker "Tore Taktiker" tactical "$root"
add_user strateg "Sara Strateg" strategic "$root"

echo "planning"
plan_s=$(timed plan-create "$balans" plan create --database "$db" --unit "$root" --name "Produktionsplan" \
    --user analytiker)
plan_id=$(sqlite3 "$db" "SELECT max(id) FROM plan")
"$balans" plan propose --database "$db" --plan "$plan_id" --version 1 --user analytiker --level taktisk \
    --comment "Balanserad mot prognosen." >"$work/propose.log"
"$balans" plan agree --database "$db" --plan "$plan_id" --version 1 --user taktiker --level taktisk \
    --comment "Överenskommen." >"$work/agree-tactical.log"
"$balans" plan agree --database "$db" --plan "$plan_id" --version 1 --user strateg --level strategisk \
    --comment "Fastställd." >"$work/agree-strategic.log"
cat "$work/agree-strategic.log"

echo "importing outcome and following up"
outcome_s=$(timed import-outcome "$balans" import --database "$db" "$work"/region/utfall/*.csv)
weeks=$(python3 -c '
import datetime, sys
y, w = sys.argv[1].split("-W")
monday = datetime.date.fromisocalendar(int(y), int(w), 1)
print(" ".join("%d-W%02d" % (monday + datetime.timedelta(weeks=i)).isocalendar()[:2] for i in range(1, 5)))' "$cutoff")
rounds_s=$(timed rounds sh -c "for w in $weeks; do '$balans' follow-up round --database '$db' --week \$w \
    --user analytiker; done")
tail -3 "$work/rounds.log"
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
db_mb=$(du -cm "$db"* | tail -1 | cut -f1)
weekly_activity=$(sqlite3 "$db" "SELECT count(*) FROM weekly_activity")
weekly_production=$(sqlite3 "$db" "SELECT count(*) FROM weekly_activity WHERE series = 'production'")
waiting_entries=$(sqlite3 "$db" "SELECT count(*) FROM waiting_entry")
forecast_values=$(sqlite3 "$db" "SELECT count(*) FROM forecast_value")
deviations=$(sqlite3 "$db" "SELECT count(*) FROM deviation_event" 2>/dev/null || echo "?")
prepare_s=$(($(date +%s) - started_all))

start_server node "$balans" node serve --database "$db" --port 0
echo "node at $base_url (pid $server_pid)"
curl -sS -o /dev/null -D "$work/login-headers.txt" --data-urlencode "anvandarnamn=strateg" \
    --data-urlencode "losenord=$password" --data-urlencode "next=/" "$base_url/logga-in"
cookie=$( (grep -i '^set-cookie: balans_session=' "$work/login-headers.txt" || true) | head -1 |
    sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
[ -n "$cookie" ] || { echo "login failed" >&2; cat "$work/login-headers.txt" >&2; exit 1; }

# The planning object furthest behind plan this year (what a manager opens first), else the first object.
curl -sS -o "$work/followup-first.html" -H "Cookie: $cookie" "$base_url/uppfoljning"
# (The follow-up's own sub-pages — prognos, kapacitet, vantelistor, vardgaranti — are links there too; object codes
# are the ones with a dash.)
object=$( (grep -o 'href="/uppfoljning/[^"?]*-[^"?]*"' "$work/followup-first.html" || true) | head -1 |
    sed 's|href="/uppfoljning/||; s|"$||')
[ -n "$object" ] || object=$(awk -F';' 'NR == 2 { print $1 }' "$work/region/historik/planeringsobjekt.csv")

pages=("start:/" "object:/planeringsobjekt/$object" "followup:/uppfoljning")
declare -A page_bytes sequential skipped
for entry in "${pages[@]}"; do
    label=${entry%%:*}
    path=${entry#*:}
    wait_idle
    # One request at a time (up to $sequential_count, or until $sequential_budget s have gone): the page's own
    # latency, without queueing behind other requests.
    times=()
    spent=0
    for _ in $(seq "$sequential_count"); do
        read -r status seconds size <<<"$(curl -sS -o "$work/$label.html" \
            -w '%{http_code} %{time_total} %{size_download}' -H "Cookie: $cookie" "$base_url$path")"
        [ "$status" = 200 ] || { echo "$path answered $status" >&2; head -c 2000 "$work/$label.html" >&2; exit 1; }
        page_bytes[$label]=$size
        times+=("$seconds")
        spent=$(awk -v a="$spent" -v b="$seconds" 'BEGIN { print a + b }')
        awk -v s="$spent" -v b="$sequential_budget" 'BEGIN { exit !(s > b) }' && break
    done
    sequential[$label]=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ t[NR] = $1 * 1000 } END {
        printf "%d | %.1f | %.1f | %.1f", NR, t[1], t[int((NR + 1) / 2)], t[NR] }')
    # 32 connections: skipped when the server could not even drain one round of them within $drain_budget s
    # (a single request's median × connections / cores), since no request would finish inside the run and the
    # abandoned ones would keep the server busy for minutes.
    median_s=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
    drain=$(awk -v m="$median_s" -v c="$connections" -v n="$(nproc)" 'BEGIN { printf "%.0f", m * c / n }')
    if [ "$drain" -gt "$drain_budget" ]; then
        skipped[$label]="not run: one request takes $(awk -v m="$median_s" 'BEGIN { printf "%.1f", m }') s alone, so"
        skipped[$label]+=" $connections at once need ≈ $drain s on $(nproc) cores: none would finish in the $duration run"
        echo "skipping wrk on $path (${skipped[$label]})"
        continue
    fi
    echo "wrk: $path"
    run_wrk "$label" "$base_url$path" "Cookie: $cookie"
done
wait_idle
rss_mb=$(server_peak_rss_mb)
stop_server
exit_status=$server_exit
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

out=${OUT:-Benchmarks/results/node-web-$(date -u +%F).md}
{
    echo "# Region node web pages with a large region loaded, at $connections concurrent connections"
    echo
    echo "Run $(date -u +%FT%H:%MZ) at commit $(git rev-parse --short HEAD) on $(machine_facts); release build"
    echo "(\`.build/release/balans\`, $binary_note). Produced by \`Benchmarks/node-web-benchmark.sh\`"
    echo "(COPIES=$copies YEARS=$years SCALE=$scale). Server and load generator (wrk) share the same $(nproc) cores"
    echo "over loopback; load average before/after: $load_before / $load_after (other work on the machine shows here)."
    echo "Target (issue 5): p99 < 250 ms and no errors for the start page and a planning-object page."
    echo
    echo "## The region"
    echo
    echo "$copies copies of synthetic region 01 (seeds 1–$copies, $years years of weekly history to $last_week, volume"
    echo "scale $scale each) merged into one region of $copies hospital groups by \`Benchmarks/make_large_region.py\`:"
    echo "$objects planning objects, $units units, 12 resources. Prepared as a region works (and as \`balans demo\`"
    echo "does): history to $cutoff imported, inflow forecast (52 weeks, automatic model choice), a plan for the"
    echo "whole region created from it, proposed, agreed at the tactical and strategic levels; then the outcome"
    echo "of the four weeks after $cutoff imported and the four weekly follow-up rounds run."
    echo
    echo "| data | rows |"
    echo "|---|---|"
    echo "| weekly outcome rows (\`weekly_activity\`: inflow + production per object and week) | **$weekly_activity** |"
    echo "| of which production | $weekly_production |"
    echo "| waiting-list entries (\`waiting_entry\`, all snapshots) | $waiting_entries |"
    echo "| capacity rows (unit × resource × week) | $capacity_rows |"
    echo "| forecast values | $forecast_values |"
    echo "| deviation events from the follow-up rounds | $deviations |"
    echo
    echo "CSV files: $csv_mb MB; database after preparation: $db_mb MB. Preparation took ${prepare_s} s in all:"
    echo "generate $generate_s s, merge $merge_s s, import $import_s s, forecast $forecast_s s, plan $plan_s s,"
    echo "outcome import $outcome_s s, follow-up rounds $rounds_s s."
    echo
    echo "## Pages"
    echo
    echo "Logged in as the strategic manager for the whole region ($root): a session cookie from"
    echo "\`POST /logga-in\`, as a browser. Each page is first requested one at a time with curl (every answer"
    echo "must be 200; table below), then, once the server is idle, loaded with"
    echo "\`wrk -t$threads -c$connections -d$duration --timeout ${wrk_timeout:-30s} --latency -s Benchmarks/status-count.lua -H 'Cookie: …'\`;"
    echo "the Lua script counts every status other than 200 as an error (a 303 to the login page would not be"
    echo "counted by wrk itself). \"requests\" is the number of responses completed within the run; requests"
    echo "still in flight when it ends are not counted. The planning object is the first one the follow-up page"
    echo "lists under \"Mest efter plan\" (furthest behind plan): $object."
    echo
    echo "| page | p50 ms | p90 ms | p99 ms | max ms | req/s | requests | errors | target |"
    echo "|---|---|---|---|---|---|---|---|---|"
    for entry in "${pages[@]}"; do
        label=${entry%%:*}
        path=${entry#*:}
        if [ -n "${skipped[$label]:-}" ]; then
            echo "| \`$path\` | – | – | – | – | – | – | ${skipped[$label]} | < 250 ms: **NOT met** |"
        else
            wrk_row "$label" "\`$path\`" 250
        fi
    done
    echo
    echo "The same pages one request at a time (curl, sequential, up to $sequential_count requests or"
    echo "$sequential_budget s per page): the page's own latency, without queueing."
    echo
    echo "| page | requests | min ms | median ms | max ms | bytes |"
    echo "|---|---|---|---|---|---|"
    for entry in "${pages[@]}"; do
        label=${entry%%:*}
        echo "| \`${entry#*:}\` | ${sequential[$label]} | ${page_bytes[$label]} |"
    done
    echo
    echo "Server peak RSS: $rss_mb MB; exit status after SIGTERM: $exit_status. Request logging was on (default"
    echo "\`info\`, one logfmt line per request to standard error, here a file)."
    echo
    echo "Commands (temporary directory, from the repository root):"
    echo
    echo '```'
    echo "balans generate --region 01 --seed <1…$copies> --years $years --scale $scale --last-week $last_week --out gen/<i>"
    echo "python3 Benchmarks/make_large_region.py region $cutoff gen/1 … gen/$copies"
    echo "balans import --database region.sqlite region/historik/*.csv"
    echo "balans forecast --database region.sqlite"
    echo "BALANS_PASSWORD=… balans user add --database region.sqlite --username strateg --name … --role strategic --unit $root   # and analytiker, taktiker"
    echo "balans plan create --database region.sqlite --unit $root --name Produktionsplan --user analytiker"
    echo "balans plan propose|agree --database region.sqlite --plan $plan_id --version 1 --user … --level taktisk|strategisk"
    echo "balans import --database region.sqlite region/utfall/*.csv"
    echo "balans follow-up round --database region.sqlite --week <each of $weeks> --user analytiker"
    echo "balans node serve --database region.sqlite --port 0"
    echo "curl -D - --data-urlencode anvandarnamn=strateg --data-urlencode losenord=… …/logga-in   # Set-Cookie: balans_session=…"
    echo "wrk -t$threads -c$connections -d$duration --timeout ${wrk_timeout:-30s} --latency -s Benchmarks/status-count.lua -H 'Cookie: balans_session=…' …/<page>"
    echo '```'
    echo
    echo "<details><summary>wrk output</summary>"
    echo
    echo '```'
    for entry in "${pages[@]}"; do
        [ -f "$work/wrk-${entry%%:*}.txt" ] && { cat "$work/wrk-${entry%%:*}.txt"; echo; }
    done
    echo '```'
    echo
    echo "</details>"
} >"$out"
echo "wrote $out"
cat "$out"
