#!/usr/bin/env bash
# Screenshots of the region node's main web pages, for looking at the UI (not used by the tests).
#
#   scripts/web-screenshots.sh http://127.0.0.1:8080 anvandare losenord /tmp/balans-bilder [/planer/1 ...]
#
# Logs in with curl, saves each page and the stylesheet, and lets headless Chromium photograph the saved files
# (Chromium cannot be handed the session cookie on the command line).
set -euo pipefail
base=${1:?base URL, e.g. http://127.0.0.1:8080}
user=${2:?username}
password=${3:?password}
out=${4:-/tmp/balans-bilder}
shift $(( $# < 4 ? $# : 4 ))
pages=(/ /planeringsobjekt /planer /import "$@")
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "Chromium saknas (apt-get install chromium)." >&2; exit 1; }
mkdir -p "$out/static"
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
curl -sS -c "$jar" -o /dev/null --data-urlencode "anvandarnamn=$user" --data-urlencode "losenord=$password" \
    --data-urlencode "next=/" "$base/logga-in"
grep -q balans_session "$jar" || { echo "Inloggningen misslyckades." >&2; exit 1; }
css=$(curl -sS -b "$jar" "$base/" | grep -o '/static/[^"]*\.css' | head -1)
curl -sS -b "$jar" -o "$out$css" "$base$css"
for page in "${pages[@]}"; do
    name=$(echo "$page" | tr '/?=&' '____' | sed 's/^_//; s/^$/start/')
    [ -n "$name" ] || name=start
    curl -sS -b "$jar" "$base$page" | sed "s#href=\"/static/#href=\"static/#" > "$out/$name.html"
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 \
        --screenshot="$out/$name.png" "file://$out/$name.html" 2>/dev/null
    echo "$out/$name.png"
done
