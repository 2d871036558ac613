// Start-up in Chromium alone (the "WASM in Chromium" part of bench/run.mjs, without the rest):
// N visits of each page in fresh contexts (cold HTTP cache) and N+1 in one context (the first
// one fills the cache and is dropped). Prints medians and every run's total. By default the
// package's start-up (bench/browser/startup.html) beside this machine's floor (floor.html);
// bench/run.mjs adds lede's module before the model load (startup-module-only.html) and
// compromise's start-up (startup-compromise.html).
// --web DIR serves another copy of web/ (a saved build) for alternating A/B runs.
//   node bench/startup.mjs [--runs N] [--page bench/browser/startup-breakdown.html]... [--web DIR]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureStartup } from './chromium-startup.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const pages = args.flatMap((a, i) => (args[i - 1] === '--page' ? [a] : []));
const results = await measureStartup({
  root,
  shared: join(root, '../shared'),
  pages: pages.length ? pages : ['bench/browser/startup.html', 'bench/browser/floor.html'],
  runs: Number(opt('--runs', 5)),
  web: opt('--web', null),
});
const round = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Number(v.toFixed(1))]));
const total = (r) => Math.round(r.startupMs ?? r.totalMs);
for (const [page, r] of Object.entries(results)) {
  console.log(JSON.stringify({
    page, cold: round(r.cold), cached: round(r.cached),
    coldRuns: r.coldRuns.map(total), cachedRuns: r.cachedRuns.map(total),
  }));
}
