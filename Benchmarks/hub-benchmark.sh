#!/usr/bin/env bash
# Benchmark: the hub (issue 6's acceptance). Release build.
#   1. Ingest one year of weekly indicators for all 21 regions (40 specialties × the catalogue's 12 indicators ×
#      52 weeks = 24,960 values per region, 524,160 in all) through POST /api/v1/indicator-values, each region
#      with its own region-node credential; target < 10 s for all of it. Then the same again (every item
#      "ignored": the idempotent path a node's retry takes).
#   2. The national comparison at 32 concurrent connections (wrk): the JSON API (GET /api/v1/comparisons, region
#      user's bearer token) and the web page (/jamforelser, a region user's session cookie); target p99 < 250 ms.
# Writes Benchmarks/results/hub-<date>.md. Needs .build/release/balans (swift build -c release --product balans),
# wrk (Debian package), curl, python3, sqlite3.
# Settings (environment): DURATION (20s), CONNECTIONS (32), THREADS (2), CHUNKS (requests per region, 2),
# PARALLEL (concurrent ingestion requests, 2), BALANS_BIN (binary), OUT (result file), KEEP=1 keeps the temporary
# directory.
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/bench-common.sh
require_release_binary

duration=${DURATION:-20s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
chunks=${CHUNKS:-2}
parallel=${PARALLEL:-2}
regions=(01 03 04 05 06 07 08 09 10 12 13 14 17 18 19 20 21 22 23 24 25)
indicator=waiting
group=Ortopedi
period=2025-W52

work=$(mktemp -d /tmp/balans-hub-bench.XXXXXX)
server_pid=""
cleanup() {
    stop_server
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
mkdir -p "$work/tokens" "$work/bodies" Benchmarks/results
db=$work/hub.sqlite
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# Tenants, catalogue, credentials (offline, before the server starts).
"$balans" hub init --database "$db" >"$work/init.txt"
admin_token=$(tail -1 "$work/init.txt")
for region in "${regions[@]}"; do
    "$balans" hub credential --database "$db" --tenant "$region" --role region-node \
        --label "benchmark node $region" >"$work/tokens/$region"
done
user_token=$("$balans" hub credential --database "$db" --tenant 05 --role region-user --label "benchmark reader")
password=benchmark-$RANDOM-$RANDOM
BALANS_PASSWORD=$password "$balans" hub user --database "$db" --tenant 05 --username bench --name Bench \
    --role region-user >/dev/null

start_server hub "$balans" hub serve --database "$db" --port 0
echo "hub at $base_url (pid $server_pid)"

curl -sSf -H "Authorization: Bearer $admin_token" "$base_url/api/v1/catalogue" -o "$work/catalogue.json"
python3 Benchmarks/make_hub_payloads.py "$work/catalogue.json" "$work/bodies" "$chunks" "${regions[@]}" \
    >"$work/bodies.txt"
indicator_count=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["definitions"]))' \
    "$work/catalogue.json")
items_total=$(awk '{ s += $3 } END { print s }' "$work/bodies.txt")
requests_total=$(wc -l <"$work/bodies.txt")
body_mb=$(du -cm "$work"/bodies/*.json | tail -1 | cut -f1)

# One POST per body, PARALLEL at a time; each receipt saved next to its body. `Expect:` turns off curl's
# "Expect: 100-continue" for bodies over 1 MB: the hub (Hummingbird) sends no interim 100 response, so curl would
# wait its full 1 s timeout before sending each body — time the node's sync client (AsyncHTTPClient, which never
# sends Expect) does not spend. Earlier runs (before 2026-11-25 19:10Z) include that second per request.
ingest() {
    local pass=$1
    : >"$work/ingest-$pass.txt"
    local started ended
    started=$(date +%s.%N)
    # shellcheck disable=SC2016
    awk '{ print $1, $2 }' "$work/bodies.txt" | xargs -P "$parallel" -n 2 sh -c '
        code=$(curl -sS -o "$2.receipt-'"$pass"'" -w "%{http_code} %{time_total}" \
            -H "Expect:" -H "Authorization: Bearer $(cat "'"$work"'/tokens/$1")" -H "Content-Type: application/json" \
            --data-binary @"$2" "'"$base_url"'/api/v1/indicator-values")
        echo "$1 $2 $code" >>"'"$work"'/ingest-'"$pass"'.txt"' sh
    ended=$(date +%s.%N)
    awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.2f", b - a }'
}

# Totals of the receipts of one pass: "imported updated ignored rejected non200 slowest_request_s".
receipts() {
    python3 - "$work" "$1" <<'EOF'
import glob, json, sys
work, run = sys.argv[1], sys.argv[2]
totals = {"imported": 0, "updated": 0, "ignored": 0, "rejected": 0}
non200, slowest = 0, 0.0
for line in open(f"{work}/ingest-{run}.txt"):
    region, path, code, seconds = line.split()
    slowest = max(slowest, float(seconds))
    if code != "200":
        non200 += 1
        continue
    receipt = json.load(open(f"{path}.receipt-{run}"))
    for key in totals:
        totals[key] += receipt[key]
print(totals["imported"], totals["updated"], totals["ignored"], totals["rejected"], non200, f"{slowest:.2f}")
EOF
}

echo "ingesting $items_total values in $requests_total requests ($body_mb MB of JSON), $parallel at a time"
# The server's own CPU time (user + system) per pass: unlike wall time it hardly depends on what else the shared
# machine is doing, so runs on a loaded machine (and builds side by side) stay comparable.
server_cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$server_pid/stat"; }
cpu0=$(server_cpu_s)
first_s=$(ingest first)
cpu1=$(server_cpu_s)
read -r imported updated ignored rejected non200 slowest <<<"$(receipts first)"
echo "first pass: $first_s s (server CPU $(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { printf "%.2f", b - a }') s); imported $imported, updated $updated, ignored $ignored, rejected $rejected, non-200 $non200"
second_s=$(ingest second)
cpu2=$(server_cpu_s)
first_cpu=$(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { printf "%.2f", b - a }')
second_cpu=$(awk -v a="$cpu1" -v b="$cpu2" 'BEGIN { printf "%.2f", b - a }')
read -r imported2 updated2 ignored2 rejected2 non200_2 slowest2 <<<"$(receipts second)"
echo "second pass: $second_s s; imported $imported2, ignored $ignored2, rejected $rejected2, non-200 $non200_2"
stored=$(sqlite3 "$db" "SELECT count(*) FROM indicator_value")
ingest_ok=$(awk -v i="$imported" -v n="$items_total" -v r="$rejected" -v b="$non200" \
    'BEGIN { print (i == n && r == 0 && b == 0 ? 1 : 0) }')
ingest_verdict=$(awk -v s="$first_s" -v ok="$ingest_ok" 'BEGIN { print (s < 10 && ok ? "met" : "NOT met") }')
db_mb=$(du -cm "$db"* | tail -1 | cut -f1)

# The comparison: JSON API with a bearer token, web page with a session cookie. Checked once before wrk.
api_url="$base_url/api/v1/comparisons?indicator=$indicator&group=$group&period=$period"
curl -sSf -H "Authorization: Bearer $user_token" "$api_url" -o "$work/comparison.json"
api_bytes=$(wc -c <"$work/comparison.json")
api_regions=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d.get("regions", [])))' \
    "$work/comparison.json")
curl -sS -o /dev/null -D "$work/login-headers.txt" --data-urlencode "username=bench" \
    --data-urlencode "password=$password" "$base_url/logga-in"
cookie=$( (grep -i '^set-cookie: balans_hub_session=' "$work/login-headers.txt" || true) | head -1 |
    sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
[ -n "$cookie" ] || { echo "login failed" >&2; cat "$work/login-headers.txt" >&2; exit 1; }
page_url="$base_url/jamforelser?indikator=$indicator&grupp=$group&period=$period"
page_status=$(curl -sS -o "$work/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$page_url")
[ "$page_status" = 200 ] && grep -q 'Nationella jämförelser' "$work/page.html" ||
    { echo "the comparison page answered $page_status" >&2; exit 1; }
page_bytes=$(wc -c <"$work/page.html")
single_api=$(curl -sS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $user_token" "$api_url")
single_page=$(curl -sS -o /dev/null -w '%{time_total}' -H "Cookie: $cookie" "$page_url")

echo "wrk: API"
run_wrk api "$api_url" "Authorization: Bearer $user_token"
echo "wrk: page"
run_wrk page "$page_url" "Cookie: $cookie"
rss_mb=$(server_peak_rss_mb)
stop_server
exit_status=$server_exit
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

out=${OUT:-Benchmarks/results/hub-$(date -u +%F).md}
{
    echo "# Hub: one year of weekly indicators for 21 regions, and the national comparison under load"
    echo
    echo "Run $(date -u +%FT%H:%MZ) at commit $(git rev-parse --short HEAD) on $(machine_facts); release build"
    echo "(\`.build/release/balans\`, $binary_note). Produced by \`Benchmarks/hub-benchmark.sh\`. Server, load"
    echo "generator (wrk, curl) and client share the same $(nproc) cores over loopback; load average"
    echo "before/after: $load_before / $load_after (other work on the machine shows here)."
    echo
    echo "## Ingestion through the HTTP API — target < 10 s: **$ingest_verdict**"
    echo
    echo "$((${#regions[@]})) regions × 40 specialties × $indicator_count indicators (catalogue v1) × 52 weeks of"
    echo "2025 = $items_total values, as $requests_total POST /api/v1/indicator-values requests ($chunks per"
    echo "region, split by indicator; $body_mb MB of JSON), $parallel in flight at a time, each region with its own"
    echo "region-node credential. Every value is validated (catalogue version, ISO week, small-cell rule,"
    echo "personnummer scan) and upserted on its natural key with a content hash, one transaction and one audit"
    echo "line per request. Time is wall clock from the first request sent to the last receipt received (the"
    echo "bodies are written beforehand)."
    echo
    echo "| pass | wall s | server CPU s | imported | updated | ignored | rejected | non-200 | slowest request s |"
    echo "|---|---|---|---|---|---|---|---|---|"
    echo "| first (empty hub) | **$first_s** | $first_cpu | $imported | $updated | $ignored | $rejected | $non200 |" \
        "$slowest |"
    echo "| again, same bodies (idempotent: all ignored) | $second_s | $second_cpu | $imported2 | $updated2 |" \
        "$ignored2 | $rejected2 | $non200_2 | $slowest2 |"
    echo
    echo "Rows in \`indicator_value\` afterwards: $stored; hub database with WAL: $db_mb MB."
    echo
    echo "## National comparison at $connections connections — target p99 < 250 ms, no errors"
    echo
    echo "\`wrk -t$threads -c$connections -d$duration --timeout ${wrk_timeout:-30s} --latency\` (with \`Benchmarks/status-count.lua\`, which counts"
    echo "every status other than 200 as an error), after one warm-up request each. Indicator \`$indicator\`,"
    echo "group $group, period $period: all 21 regions, each with its 52-week trend, the national figure, median,"
    echo "quartiles and ranks, protected against disclosure (checked against the hub's ledger when the figures change, read from the stored publication otherwise). The API answer is $api_bytes bytes"
    echo "($api_regions regions); the page (with the SVG chart and the table) $page_bytes bytes. One request alone"
    echo "(curl time_total): API $(awk -v s="$single_api" 'BEGIN { printf "%.1f", s * 1000 }') ms," \
        "page $(awk -v s="$single_page" 'BEGIN { printf "%.1f", s * 1000 }') ms."
    echo
    echo "| endpoint | p50 ms | p90 ms | p99 ms | max ms | req/s | requests | errors | target |"
    echo "|---|---|---|---|---|---|---|---|---|"
    wrk_row api "GET /api/v1/comparisons (JSON, region user's bearer token)" 250
    wrk_row page "GET /jamforelser (HTML page, region user's session cookie)" 250
    echo
    echo "Server peak RSS: $rss_mb MB; exit status after SIGTERM: $exit_status. Request logging was on"
    echo "(default \`info\` level, one logfmt line per request to standard error, here a file)."
    echo
    echo "Commands (temporary directory, from the repository root):"
    echo
    echo '```'
    echo "balans hub init --database hub.sqlite"
    echo "balans hub credential --database hub.sqlite --tenant <each region> --role region-node --label …"
    echo "balans hub credential --database hub.sqlite --tenant 05 --role region-user --label …"
    echo "BALANS_PASSWORD=… balans hub user --database hub.sqlite --tenant 05 --username bench --name Bench --role region-user"
    echo "balans hub serve --database hub.sqlite --port 0"
    echo "python3 Benchmarks/make_hub_payloads.py catalogue.json bodies $chunks <regions>"
    echo "curl -H 'Authorization: Bearer <node token>' --data-binary @values-<region>-<n>.json …/api/v1/indicator-values   # $parallel at a time"
    echo "wrk -t$threads -c$connections -d$duration --timeout ${wrk_timeout:-30s} --latency -s Benchmarks/status-count.lua -H 'Authorization: Bearer …' '…/api/v1/comparisons?indicator=$indicator&group=$group&period=$period'"
    echo "wrk -t$threads -c$connections -d$duration --timeout ${wrk_timeout:-30s} --latency -s Benchmarks/status-count.lua -H 'Cookie: balans_hub_session=…' '…/jamforelser?indikator=$indicator&grupp=$group&period=$period'"
    echo '```'
    echo
    echo "<details><summary>wrk output</summary>"
    echo
    echo '```'
    cat "$work/wrk-api.txt"
    echo
    cat "$work/wrk-page.txt"
    echo '```'
    echo
    echo "</details>"
} >"$out"
echo "wrote $out"
cat "$out"
