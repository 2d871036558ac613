// Start-up in Chromium alone (the "WASM in Chromium" part of bench/run.mjs, without the rest):
// N visits of bench/browser/startup.html in fresh contexts (cold HTTP cache) and N+1 in one
// context (the first one fills the cache and is dropped). Prints medians and every run.
// --web DIR serves another copy of web/ (a saved build) for alternating A/B runs.
//   node bench/startup.mjs [--runs N] [--page bench/browser/startup.html] [--web DIR]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(opt('--runs', 5));
const pagePath = opt('--page', 'bench/browser/startup.html');

const { serve } = await import(join(root, 'scripts/serve.mjs'));
const { launchChromium } = await import(join(root, 'tests/browser/chromium.mjs'));
const web = opt('--web', null);
const server = await serve(root, {
  mounts: { '/bench-seed/': join(root, '../shared/seed'), ...(web ? { '/web/': web } : {}) },
  headers: { 'cache-control': 'max-age=3600' },
});
const browser = await launchChromium();
const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
const visit = async (context) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/${pagePath}`);
  const r = await page.waitForFunction(() => window.benchResult, null, { timeout: 60000 }).then((h) => h.jsonValue());
  await page.close();
  return r;
};
const summarize = (list) => {
  const out = {};
  for (const key of Object.keys(list[0])) {
    const values = list.map((r) => r[key]).filter((v) => typeof v === 'number');
    if (values.length) out[key] = Number(median(values).toFixed(1));
  }
  return out;
};
const cold = [];
for (let i = 0; i < runs; ++i) {
  const context = await browser.newContext();
  cold.push(await visit(context));
  await context.close();
}
const cached = [];
const context = await browser.newContext();
for (let i = 0; i <= runs; ++i) {
  const r = await visit(context);
  if (i > 0) cached.push(r);
}
await context.close();
await browser.close();
await server.close();
console.log(JSON.stringify({
  cold: summarize(cold), cached: summarize(cached),
  coldRuns: cold.map((r) => Math.round(r.startupMs ?? r.totalMs)),
  cachedRuns: cached.map((r) => Math.round(r.startupMs ?? r.totalMs)),
}));
