// Runs gazette's browser engine in node against a built index, loading
// shards the way a browser would (a <script> per shard) and counting the
// bytes of every script it loads.
//   node sim.js SITE_ROOT ENGINE_SCRIPT MANIFEST_SCRIPT < jobs.jsonl > results.jsonl
// Each input line: {"q": "...", "opts": {...}, "cold": true}
// Each output line: {"q", "total", "urls", "results", "bytes", "scripts"}
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const readline = require("readline");

function freshEngine(root, engineRel, manifestRel) {
  const stats = { bytes: 0, scripts: 0 };
  const head = {
    appendChild(el) {
      setImmediate(() => {
        let code;
        try {
          code = fs.readFileSync(new URL(el.src));
        } catch (e) {
          if (el.onerror) el.onerror(e);
          return;
        }
        stats.bytes += code.length;
        stats.scripts += 1;
        // As a browser does while a classic script runs: the engine finds
        // which file registers by it.
        ctx.document.currentScript = el;
        vm.runInContext(code.toString("utf8"), ctx);
        ctx.document.currentScript = null;
        if (el.onload) el.onload();
      });
    },
  };
  const document = {
    currentScript: { src: "file://" + path.resolve(root, engineRel) },
    head,
    createElement: () => ({ remove() {} }),
    getElementById: () => null,
  };
  const ctx = vm.createContext({ document, atob, TextEncoder, TextDecoder, console, setTimeout });
  for (const rel of [engineRel, manifestRel]) {
    const code = fs.readFileSync(path.resolve(root, rel));
    stats.bytes += code.length;
    vm.runInContext(code.toString("utf8"), ctx);
  }
  ctx.document.currentScript = null;
  stats.firstLoad = stats.bytes;
  return { search: ctx.gazetteSearch, stats };
}

async function main() {
  const [root, engineRel, manifestRel] = process.argv.slice(2);
  let warm = null;
  const rl = readline.createInterface({ input: process.stdin });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const job = JSON.parse(line);
    const eng = job.cold || !warm ? freshEngine(root, engineRel, manifestRel) : warm;
    if (!job.cold) warm = eng;
    const before = eng.stats.bytes, scriptsBefore = eng.stats.scripts;
    const res = await eng.search.query(job.q, job.opts || {});
    process.stdout.write(JSON.stringify({
      q: job.q, total: res.total, urls: res.results.map((r) => r.url),
      results: job.full ? res.results : undefined,
      firstLoad: eng.stats.firstLoad, bytes: eng.stats.bytes - before,
      scripts: eng.stats.scripts - scriptsBefore,
    }) + "\n");
  }
}
module.exports = { freshEngine };
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
