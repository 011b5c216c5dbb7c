#!/usr/bin/env bash
# Makes src/search/engine.min.js and ui.min.js, the scripts a build writes
# into search/, from engine.js and ui.js (the sources, which stay readable):
# terser (pinned below, installed into a temporary folder from the npm
# registry) with compression and name mangling. Each output's first line
# records the FNV-1a 64 hash of its source; a unit test
# (`minified_scripts_are_made_from_the_current_sources`) fails when a source
# changed and this script was not run again.
#   tools/minify-js.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
search="$here/../src/search"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --silent --no-audit --no-fund --prefix "$work" terser@5.51.4 >/dev/null
cat > "$work/minify.js" <<'JS'
const fs = require("fs");
const { minify } = require(process.argv[2] + "/node_modules/terser");
function fnv(bytes) {
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) { h ^= BigInt(b); h = (h * 0x100000001b3n) & 0xffffffffffffffffn; }
  return h.toString(16).padStart(16, "0");
}
(async () => {
  for (const name of ["engine", "ui"]) {
    const src = fs.readFileSync(`${process.argv[3]}/${name}.js`);
    const out = await minify(src.toString("utf8"), { compress: true, mangle: true, format: { comments: false } });
    fs.writeFileSync(`${process.argv[3]}/${name}.min.js`,
      `// Made by tools/minify-js.sh from ${name}.js (FNV-1a 64: ${fnv(src)}); do not edit.\n${out.code}\n`);
    console.log(`${name}.min.js: ${src.length} -> ${out.code.length} bytes`);
  }
})().catch((e) => { console.error(e); process.exit(1); });
JS
node "$work/minify.js" "$work" "$search"
