// Reads OUT/stats.json and OUT/jobs.jsonl (written by examples/search_bench.rs),
// runs every job through the real engine (sim.js) and prints the figures.
//   node measure.js OUT
"use strict";
const fs = require("fs");
const path = require("path");
const { freshEngine } = require("./sim.js");

function fnv(s) {
  const b = new TextEncoder().encode(s);
  let h = 0x811c9dc5;
  for (const x of b) { h ^= x; h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}
function pct(xs, p) { const s = xs.slice().sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; }

async function main() {
  const out = process.argv[2];
  const stats = JSON.parse(fs.readFileSync(path.join(out, "stats.json"), "utf8"));
  const jobs = fs.readFileSync(path.join(out, "jobs.jsonl"), "utf8").split("\n").filter(Boolean).map(JSON.parse);
  const site = path.join(out, "site");
  const [engine, manifest] = stats.scripts;
  const uiBytes = fs.statSync(path.join(site, stats.scripts[2])).size;
  const cold = [], scripts = [], qlog = [];
  let warm = null, recallOk = 0, recallN = 0, misses = [];
  for (const job of jobs) {
    if (job.kind === "cold") {
      const eng = freshEngine(site, engine, manifest);
      const before = eng.stats.bytes, n0 = eng.stats.scripts;
      const t = Date.now();
      const res = await eng.search.query(job.q, {});
      cold.push(eng.stats.bytes - before);
      scripts.push(eng.stats.scripts - n0);
      qlog.push({ q: job.q, total: res.total, bytes: eng.stats.bytes - before, ms: Date.now() - t });
    } else {
      warm = warm || freshEngine(site, engine, manifest);
      const res = await warm.search.query(job.q, job.opts);
      const docs = res.docs.slice().sort((a, b) => a - b);
      const ok = res.total === job.expect && docs.length === job.expect && fnv(docs.join("\n")) === job.expect_hash;
      recallN++; if (ok) recallOk++; else misses.push({ q: job.q, got: res.total, want: job.expect });
    }
  }
  const kb = (x) => (x / 1024).toFixed(1) + " KB";
  console.log("docs:", stats.docs, " text:", (stats.text_bytes / 1e6).toFixed(1), "MB");
  console.log("index:", (stats.index_bytes / 1e6).toFixed(1), "MB in", stats.files, "files =",
    (stats.index_bytes / stats.text_bytes).toFixed(2) + "x text;", JSON.stringify(stats.bytes_by_kind));
  const nonText = stats.index_bytes - stats.bytes_by_kind.cards_and_text;
  console.log("index without cards+text:", (nonText / 1e6).toFixed(1), "MB =", (nonText / stats.text_bytes).toFixed(2) + "x text");
  console.log("build_index:", stats.build_s.toFixed(1), "s; write:", stats.write_s.toFixed(1), "s; parse:", stats.parse_s.toFixed(1), "s");
  console.log("first load (engine+manifest+ui):", kb(stats.first_load_bytes), "(ui", kb(uiBytes) + ")");
  console.log("cold query bytes over", cold.length, "queries: median", kb(pct(cold, 0.5)), " p95", kb(pct(cold, 0.95)),
    " max", kb(Math.max(...cold)), " median scripts", pct(scripts, 0.5));
  console.log("recall:", recallOk + "/" + recallN, "queries exact", misses.length ? JSON.stringify(misses.slice(0, 5)) : "");
  fs.writeFileSync(path.join(out, "cold_queries.json"), JSON.stringify(qlog, null, 1));
}
main().catch((e) => { console.error(e); process.exit(1); });
