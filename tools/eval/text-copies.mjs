#!/usr/bin/env node
// Makes "text copied from a browser" out of the article-extraction-benchmark pages
// (../shared/corpus/aeb-dev), then scores the plain-text cleaner on them: real pages nobody
// here wrote, copied the way a user copies (the rendered page's innerText: menus, captions,
// promos and footers included), cleaned by `lede analyze --input text`, scored with
// aeb-score.mjs's method against the benchmark's article bodies.
//
//   node tools/eval/text-copies.mjs [--cli PATH] [--cache DIR] [--worst N]
//
// Chromium (Debian's /usr/bin/chromium, driven by playwright-core) renders each page offline:
// scripts off, every network request refused. The copies are cached in --cache (default
// build/text-copies) as copies.jsonl; delete it to render again. Prints P/R/F1 of the raw copies
// (no cleaning) and of the cleaned text, and the worst pages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

import { matchShingles, metrics } from './aeb-score.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = {
  cli: process.env.LEDE_CLI || join(root, 'build/release/bindings/cli/lede'),
  corpus: join(root, '../shared/corpus/aeb-dev'),
  cache: join(root, 'build/text-copies'),
  worst: 10,
  chromium: process.env.CHROMIUM || '/usr/bin/chromium',
};
for (let i = 2; i < process.argv.length; ++i) {
  const a = process.argv[i];
  const v = () => process.argv[++i];
  if (a === '--cli') args.cli = resolve(v());
  else if (a === '--cache') args.cache = resolve(v());
  else if (a === '--corpus') args.corpus = resolve(v());
  else if (a === '--worst') args.worst = Number(v());
  else throw new Error(`unknown option ${a}`);
}

const truth = JSON.parse(readFileSync(join(args.corpus, 'ground-truth.json'), 'utf8'));
const ids = readdirSync(join(args.corpus, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .map((f) => f.replace('.html.gz', ''))
  .sort();

// The page's text: a BOM or an early <meta charset> names the encoding, else UTF-8.
function decodePage(bytes) {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head);
  let label = m ? m[1].toLowerCase() : 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function renderCopies(path) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: args.chromium, args: ['--no-sandbox'] });
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  const lines = [];
  for (const id of ids) {
    const html = decodePage(gunzipSync(readFileSync(join(args.corpus, 'html', `${id}.html.gz`))));
    let text = '';
    try {
      await page.setContent(html, { waitUntil: 'domcontentloaded', timeout: 20000 });
      text = await page.evaluate(() => (document.body ? document.body.innerText : ''));
    } catch (e) {
      process.stderr.write(`${id}: ${e.message.split('\n')[0]}\n`);
    }
    lines.push(JSON.stringify({ id, text }));
  }
  await browser.close();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, lines.join('\n') + '\n');
}

const copiesPath = join(args.cache, 'copies.jsonl');
if (!existsSync(copiesPath)) await renderCopies(copiesPath);
const copies = readFileSync(copiesPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const t0 = Date.now();
const run = spawnSync(args.cli, ['analyze', '--input', 'text', '--jsonl', '--summary', '0'], {
  input: copies.map((c) => JSON.stringify({ id: c.id, text: c.text })).join('\n') + '\n',
  maxBuffer: 1 << 30,
});
const ms = Date.now() - t0;
if (run.status !== 0) throw new Error(`lede failed: ${run.stderr}`);
const cleaned = new Map();
for (const line of run.stdout.toString('utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  cleaned.set(r.id, r.text || '');
}

function score(get) {
  const rows = copies.map((c) => {
    const [tp, fp, fn] = matchShingles(truth[c.id].articleBody, get(c));
    return { id: c.id, tp, fp, fn };
  });
  return { m: metrics(rows.map((r) => [r.tp, r.fp, r.fn])), rows };
}
const fmt = (m) => `P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}`;
const raw = score((c) => c.text);
const clean = score((c) => cleaned.get(c.id) || '');
console.log(`pages ${copies.length}, cleaned in ${ms} ms (CLI, whole pipeline)`);
console.log(`raw copies (no cleaning): ${fmt(raw.m)}`);
console.log(`cleaned copies:           ${fmt(clean.m)}`);
const perPage = clean.rows.map((r) => {
  const p = r.tp + r.fp ? r.tp / (r.tp + r.fp) : 1;
  const rc = r.tp + r.fn ? r.tp / (r.tp + r.fn) : 1;
  return { id: r.id, p, r: rc, f1: p + rc ? (2 * p * rc) / (p + rc) : 0 };
});
perPage.sort((a, b) => a.f1 - b.f1);
console.log('worst pages:');
for (const w of perPage.slice(0, args.worst)) {
  console.log(`  ${w.id.slice(0, 12)}  P ${w.p.toFixed(3)}  R ${w.r.toFixed(3)}  F1 ${w.f1.toFixed(3)}`);
}
