#!/usr/bin/env bash
# How long `gazette serve` takes to serve its pages and then its search index,
# and its peak memory at each (Linux: VmHWM). Prints figures; not a test.
#
#   bench/serve_start.sh GAZETTE SITE OUT [PORT]
#
# OUT is used as it is: remove it first to time a first build into an empty
# folder, or build it with another gazette binary to time a server that makes
# every page and the whole index again.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 GAZETTE SITE OUT [PORT]" >&2; exit 2; }
bin=$1 site=$2 out=$3 port=${4:-8431}
log=$(mktemp)
start=$(date +%s%N)
"$bin" serve --root "$site" --out "$out" --port "$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
since() { local ms=$(( ($(date +%s%N) - start) / 1000000 )); printf '%d.%03d' $((ms / 1000)) $((ms % 1000)); }
peak() { awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$pid/status"; }
served=""
while sleep 0.1; do
    kill -0 $pid 2>/dev/null || { echo "gazette serve stopped:"; cat "$log"; exit 1; }
    if [ -z "$served" ] && grep -q '^built' "$log"; then
        served=1
        echo "pages served after $(since) s, peak $(peak)"
        grep -q '^built.*search index' "$log" && { echo "(the index was built with the pages)"; break; }
    fi
    if grep -q '^search index updated' "$log"; then
        echo "search index in after $(since) s, peak $(peak)"
        break
    fi
done
cat "$log"
