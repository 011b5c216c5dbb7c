#!/usr/bin/env bash
# Search benchmark: builds the index for a generated archive and prints the
# target figures; with PAGEFIND=1 also indexes the same articles with Pagefind.
#   bench/search/run.sh [ARTICLES=100000] [WORK=bench/search/work]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
n="${1:-100000}"
work="${2:-$here/work}"
corpus="$work/corpus-$n"
out="$work/out-$n"
mkdir -p "$work" "$out"
if [ ! -d "$corpus/content" ]; then
  python3 /work/shared/bench/gen_corpus.py --articles "$n" --out "$corpus" --flavor plain --source-dir /work/shared/seeds
fi
(cd "$repo" && cargo build --release --example search_bench)
if [ "${PAGEFIND:-0}" = 1 ]; then export PAGEFIND_HTML=1; fi
"$repo/target/release/examples/search_bench" "$corpus/content" "$out" > /dev/null
node "$here/measure.js" "$out"
if [ "${PAGEFIND:-0}" = 1 ]; then
  (cd "$here" && [ -d node_modules/pagefind ] || npm install --no-save --silent pagefind)
  rm -rf "$out/html/pagefind"
  start=$(date +%s.%N)
  "$here/node_modules/.bin/pagefind" --site "$out/html" --output-subdir pagefind --force-language zh > "$out/pagefind.log" 2>&1
  end=$(date +%s.%N)
  echo "pagefind: $(echo "$end - $start" | bc) s; index: $(du -sb "$out/html/pagefind" | cut -f1) bytes in $(find "$out/html/pagefind" -type f | wc -l) files"
  node "$here/pagefind.mjs" "$out"
fi
