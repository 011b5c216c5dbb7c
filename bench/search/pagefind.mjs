// Runs Pagefind's own browser API in node against OUT/html/pagefind, serving
// its files through a fetch shim that counts bytes, for the cold-query and
// recall jobs of OUT/jobs.jsonl.   node pagefind.mjs OUT
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";

const out = process.argv[2];
const bundle = path.resolve(out, "html/pagefind");
let bytes = 0;
globalThis.fetch = async (input) => {
  const url = typeof input === "string" ? input : input.url;
  const file = url.startsWith("file:") ? fileURLToPath(url) : path.join(bundle, url.replace(/^.*\/pagefind\//, ""));
  const data = fs.readFileSync(file.split("?")[0]);
  bytes += data.length;
  return new Response(data, { status: 200, headers: { "content-type": file.endsWith(".json") ? "application/json" : "application/octet-stream" } });
};
const jobs = fs.readFileSync(path.join(out, "jobs.jsonl"), "utf8").split("\n").filter(Boolean).map(JSON.parse);
function pct(xs, p) { const s = xs.slice().sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; }
const kb = (x) => (x / 1024).toFixed(1) + " KB";

async function fresh() {
  const mod = await import(pathToFileURL(path.join(bundle, "pagefind.js")).href + "?" + Math.random());
  await mod.options({ basePath: pathToFileURL(bundle).href + "/" });
  await mod.init();
  return mod;
}

const cold = [];
let recallOk = 0, recallN = 0, firstLoad = 0;
const misses = [];
for (const job of jobs) {
  if (job.kind !== "cold") continue;
  const b0 = bytes;
  const pf = await fresh();
  firstLoad = bytes - b0 + fs.statSync(path.join(bundle, "pagefind.js")).size;
  const b1 = bytes;
  const r = await pf.search(job.q);
  await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
  cold.push(bytes - b1);
}
const pf = await fresh();
for (const job of jobs) {
  if (job.kind !== "recall") continue;
  const r = await pf.search(job.q);
  recallN++;
  if (r.results.length === job.expect) recallOk++; else misses.push({ q: job.q, got: r.results.length, want: job.expect });
}
console.log("pagefind first load (pagefind.js + entry; wasm and meta come with the first query):", kb(firstLoad));
console.log("pagefind cold query bytes (search + 10 fragments): median", kb(pct(cold, 0.5)), " p95", kb(pct(cold, 0.95)));
console.log("pagefind recall (result count == plain scan):", recallOk + "/" + recallN, JSON.stringify(misses.slice(0, 8)));
