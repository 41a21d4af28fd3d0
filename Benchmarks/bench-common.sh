# Shared helpers for the HTTP benchmarks (hub-benchmark.sh, node-web-benchmark.sh); sourced, not run.

# The release binary (BALANS_BIN, default .build/release/balans; a copy keeps a rebuild during the run from
# swapping it out); refuses to go on without it (build it with `swift build -c release --product balans`).
require_release_binary() {
    balans=${BALANS_BIN:-$PWD/.build/release/balans}
    if [ ! -x "$balans" ]; then
        echo "no release build at $balans; run: swift build -c release --product balans" >&2
        exit 1
    fi
    command -v wrk >/dev/null || { echo "wrk is required (Debian: apt-get install -y wrk)" >&2; exit 1; }
    command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }
    # A binary older than the newest source file is stale: say so (the figures would be of older code).
    newest=$(find Sources Package.swift -type f -newer "$balans" -print -quit)
    if [ -n "$newest" ]; then
        echo "warning: $balans is older than $newest; rebuild for current figures" >&2
        binary_note="**stale** (older than $newest)"
    else
        binary_note="up to date with Sources/"
    fi
}

# Machine facts for the result header.
machine_facts() {
    local cores memory cpu swift_version
    cores=$(nproc)
    memory=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
    cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
    swift_version=$( (swift --version 2>/dev/null || /opt/swift/usr/bin/swift --version 2>/dev/null) | head -1)
    echo "$cores cores ($cpu), $memory; ${swift_version:-Swift version unknown}"
}

# Starts `$@` (a server that prints "… lyssnar på http://HOST:PORT") in the background with stdout/stderr in
# $1_out/$1_err; sets server_pid and base_url. Usage: start_server NAME command...
start_server() {
    local name=$1
    shift
    "$@" >"$work/$name.out" 2>"$work/$name.err" &
    server_pid=$!
    base_url=""
    for _ in $(seq 300); do
        base_url=$(grep -o 'http://[0-9.]*:[0-9]*' "$work/$name.out" 2>/dev/null | head -1 || true)
        [ -n "$base_url" ] && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$work/$name.err" >&2; echo "$name did not start" >&2; exit 1; }
        sleep 0.1
    done
    [ -n "$base_url" ] || { echo "$name printed no address within 30 s" >&2; exit 1; }
}

# Stops the server with SIGTERM and waits for it; sets server_exit to its exit status. Not in a subshell: only
# this shell can wait for its child.
stop_server() {
    [ -n "${server_pid:-}" ] || return 0
    kill -TERM "$server_pid" 2>/dev/null || true
    server_exit=0
    wait "$server_pid" 2>/dev/null || server_exit=$?
    server_pid=""
}

# Peak resident memory of the running server in MB.
server_peak_rss_mb() {
    awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status" 2>/dev/null || echo "?"
}

# Waits (up to 5 min) until the server has used less than 5 % of a core for a second: requests a previous wrk
# run gave up on may still be in progress, and the next measurement must not queue behind them.
wait_idle() {
    local before after
    for _ in $(seq 300); do
        before=$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat")
        sleep 1
        after=$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat")
        [ $((after - before)) -lt 5 ] && return 0
    done
}

# Runs wrk with the status-counting script once the server is idle; output in $work/wrk-<label>.txt.
# A response slower than $wrk_timeout (default 30 s, far above any target) counts as a timeout error, not as a
# latency, so keep it generous. Usage: run_wrk LABEL URL [header...]
run_wrk() {
    local label=$1 url=$2
    shift 2
    local headers=()
    for header in "$@"; do headers+=(-H "$header"); done
    wait_idle
    wrk -t"$threads" -c"$connections" -d"$duration" --timeout "${wrk_timeout:-30s}" --latency \
        -s Benchmarks/status-count.lua "${headers[@]}" "$url" >"$work/wrk-$label.txt" 2>&1
}

# A latency from wrk ("1.23ms", "850.00us", "1.02s") in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
        else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.0f", v * 60000 }
        else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.1f", v * 1000 }
        else print v
    }'
}

# One markdown table row from $work/wrk-<label>.txt:
# | page | p50 ms | p90 ms | p99 ms | max ms | req/s | requests | errors | p99 target |
wrk_row() {
    local label=$1 page=$2 target_ms=$3 file="$work/wrk-$1.txt"
    local p50 p90 p99 max rps requests non200 socket verdict
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$file")")
    p90=$(to_ms "$(awk '$1 == "90%" { print $2 }' "$file")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")
    max=$(to_ms "$(awk '$1 == "Latency" && NF >= 4 { print $4; exit }' "$file")")
    rps=$(awk '/^Requests\/sec:/ { printf "%.1f", $2 }' "$file")
    requests=$(awk '/requests in/ { print $1 }' "$file")
    non200=$(awk -F': ' '/^non-200 responses:/ { print $2 }' "$file")
    socket=$(awk '/Socket errors:/ { sub(/.*Socket errors: /, ""); print }' "$file")
    [ -n "$socket" ] || socket="none"
    if [ "$target_ms" = "-" ]; then
        verdict="(reference)"
    else
        verdict="< $target_ms ms: "$(awk -v p="$p99" -v t="$target_ms" -v bad="${non200:-1}" -v s="$socket" \
            -v n="${requests:-0}" 'BEGIN { print (n > 0 && p < t && bad == 0 && s == "none" ? "met" : "**NOT met**") }')
    fi
    echo "| $page | $p50 | $p90 | $p99 | $max | $rps | $requests | non-200: ${non200:-?}; socket: $socket | $verdict |"
}
