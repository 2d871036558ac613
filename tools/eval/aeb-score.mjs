#!/usr/bin/env node
// Scores article extraction on the article-extraction-benchmark pages (../shared/corpus/aeb-dev)
// with the benchmark's own method (scrapinghub/article-extraction-benchmark, evaluate.py):
//   - tokens are Python `\w+` runs (letters, digits, `_`), case kept;
//   - each text becomes overlapping 4-token shingles counted with repeats (1-3 tokens: one
//     shingle of them all, 0 tokens: none);
//   - per page TP/FP/FN over the shingle multisets, normalized by their sum;
//   - precision = mean over pages with TP+FP > 0 of TP/(TP+FP), recall = mean over pages with
//     TP+FN > 0 of TP/(TP+FN); a page with FP = FN = 0 scores 1; F1 of the two means.
//
//   node tools/eval/aeb-score.mjs                 the native CLI (build/release/bindings/cli/lede)
//   node tools/eval/aeb-score.mjs --cli PATH      another CLI build (or env LEDE_CLI)
//   node tools/eval/aeb-score.mjs --self          the ground truth against itself (must be 1.0)
//   node tools/eval/aeb-score.mjs --readability   Mozilla Readability + linkedom (bench/node_modules)
//   node tools/eval/aeb-score.mjs --from F.jsonl  texts another tool extracted: {"id", "text"} lines
// Options: --corpus DIR, --worst N (default 10), --min-f1 X (exit 1 below X), --half even|odd
// (every other page by sorted id, to check that a rule holds on pages it was not tuned on),
// --dump DIR (write each page's extracted text and truth there), --json (print the figures as
// JSON), --ids a,b (only these pages; prefixes work), --speed BIN (also time native cleaning
// with tools/eval/aeb_speed: pages/s and MB/s).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function parseArgs(argv) {
  const args = {
    cli: process.env.LEDE_CLI || join(root, 'build/release/bindings/cli/lede'),
    corpus: join(root, '../shared/corpus/aeb-dev'),
    worst: 10,
    minF1: null,
    half: null,
    dump: null,
    ids: null,
    mode: 'cli',
    json: false,
  };
  for (let i = 2; i < argv.length; ++i) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--cli') args.cli = resolve(value());
    else if (a === '--corpus') args.corpus = resolve(value());
    else if (a === '--worst') args.worst = Number(value());
    else if (a === '--min-f1') args.minF1 = Number(value());
    else if (a === '--half') args.half = value();
    else if (a === '--dump') args.dump = resolve(value());
    else if (a === '--ids') args.ids = value().split(',').filter(Boolean);
    else if (a === '--self') args.mode = 'self';
    else if (a === '--readability') args.mode = 'readability';
    else if (a === '--from') {
      args.mode = 'from';
      args.from = resolve(value());
    }
    else if (a === '--json') args.json = true;
    else if (a === '--speed') args.speed = resolve(value());
    else if (a === '-h' || a === '--help') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport')[0]);
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (args.half !== null && args.half !== 'even' && args.half !== 'odd') {
    throw new Error('--half takes even or odd');
  }
  if (args.minF1 !== null && !(args.minF1 >= 0 && args.minF1 <= 1)) {
    throw new Error('--min-f1 takes a number in [0, 1]');
  }
  return args;
}

// --- the benchmark's metric ---------------------------------------------------------------

// Python's `\w` under re.UNICODE is str.isalnum() or `_`: letters (L*), and numerics (N*).
// Combining marks (M*) are not word characters there, so they split tokens here too.
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export function tokenize(text) {
  return (text || '').match(TOKEN_RE) || [];
}

export function shingles(text, n = 4) {
  const tokens = tokenize(text);
  const counts = new Map();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; ++i) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return counts;
}

// TP, FP, FN normalized by their sum, as evaluate.py's string_shingle_matching.
export function matchShingles(truth, pred) {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) || 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) || 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

export function precisionScore(tp, fp, fn) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore(tp, fp, fn) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;

export function metrics(tpFpFns) {
  const precision = mean(tpFpFns.filter(([tp, fp]) => tp + fp > 0).map((x) => precisionScore(...x)));
  const recall = mean(tpFpFns.filter(([tp, , fn]) => tp + fn > 0).map((x) => recallScore(...x)));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

// --- the pages --------------------------------------------------------------------------

// The page's bytes as text: a BOM or an early <meta charset> names the encoding; UTF-8 when
// none does or when the named one is unknown to this Node build.
function decodePage(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = head.match(/<meta[^>]*charset\s*=\s*["']?\s*([\w:.-]+)/i);
  let label = m ? m[1].toLowerCase() : 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    label = 'utf-8';
    return new TextDecoder(label).decode(bytes);
  }
}

function loadPages(args) {
  const truth = JSON.parse(readFileSync(join(args.corpus, 'ground-truth.json'), 'utf8'));
  const htmlDir = join(args.corpus, 'html');
  let ids = readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).map((f) => f.slice(0, -8)).sort();
  const missing = ids.filter((id) => !(id in truth));
  if (missing.length) throw new Error(`no ground truth for ${missing.join(', ')}`);
  if (args.half) ids = ids.filter((_, i) => (i % 2 === 0) === (args.half === 'even'));
  if (args.ids) ids = ids.filter((id) => args.ids.some((p) => id.startsWith(p)));
  if (ids.length === 0) throw new Error('no pages selected');
  return ids.map((id) => {
    const bytes = gunzipSync(readFileSync(join(htmlDir, `${id}.html.gz`)));
    return { id, bytes: bytes.length, html: decodePage(bytes), truth: truth[id].articleBody || '' };
  });
}

// --- extractors -------------------------------------------------------------------------

// One run of the CLI in JSON-lines mode over every page: {"id", "html"} in, {"id", "text"} out.
function extractWithCli(pages, cli) {
  if (!existsSync(cli)) throw new Error(`no CLI at ${cli} (build it, or pass --cli / LEDE_CLI)`);
  const input = pages.map((p) => JSON.stringify({ id: p.id, html: p.html })).join('\n') + '\n';
  const started = process.hrtime.bigint();
  const run = spawnSync(cli, ['analyze', '--jsonl', '--input', 'html'], {
    input,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0 || run.signal || (run.error && run.error.code !== 'EPIPE')) {
    const how = run.signal ? `was killed by ${run.signal}` : `exited with ${run.status}`;
    throw new Error(`${cli} ${how}${run.error ? ` (${run.error.code})` : ''}: ${(run.stderr || '').slice(0, 500)}`);
  }
  const out = new Map();
  for (const line of run.stdout.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    out.set(r.id, r.error ? { text: '', error: r.error.message || JSON.stringify(r.error) } : { text: r.text || '' });
  }
  return { out, ms };
}

function extractWithReadability(pages) {
  const require = createRequire(join(root, 'bench/package.json'));
  const { Readability } = require('@mozilla/readability');
  const { parseHTML } = require('linkedom');
  const out = new Map();
  const started = process.hrtime.bigint();
  for (const p of pages) {
    try {
      const { document } = parseHTML(p.html);
      const article = new Readability(document).parse();
      out.set(p.id, { text: article ? article.textContent : '' });
    } catch (e) {
      out.set(p.id, { text: '', error: String(e) });
    }
  }
  return { out, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

// --- main -------------------------------------------------------------------------------

function main() {
  try {
    run();
  } catch (e) {
    console.error(`aeb-score: ${e.message}`);
    process.exit(2);
  }
}

function run() {
  let args;
  try {
    args = parseArgs(process.argv);
  } catch (e) {
    console.error(`aeb-score: ${e.message}`);
    process.exit(2);
  }
  const pages = loadPages(args);
  let extracted;
  if (args.mode === 'self') {
    extracted = { out: new Map(pages.map((p) => [p.id, { text: p.truth }])), ms: 0 };
  } else if (args.mode === 'readability') {
    extracted = extractWithReadability(pages);
  } else if (args.mode === 'from') {
    const out = new Map();
    for (const line of readFileSync(args.from, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      out.set(r.id, { text: r.text || '' });
    }
    extracted = { out, ms: 0 };
  } else {
    extracted = extractWithCli(pages, args.cli);
  }

  const rows = pages.map((p) => {
    const got = extracted.out.get(p.id) || { text: '', error: 'no result line' };
    const [tp, fp, fn] = matchShingles(p.truth, got.text);
    return {
      id: p.id, tp, fp, fn,
      precision: precisionScore(tp, fp, fn),
      recall: recallScore(tp, fp, fn),
      error: got.error,
      text: got.text,
    };
  });
  for (const r of rows) r.f1 = r.precision + r.recall > 0 ? (2 * r.precision * r.recall) / (r.precision + r.recall) : 0;
  const m = metrics(rows.map((r) => [r.tp, r.fp, r.fn]));

  if (args.dump) {
    mkdirSync(args.dump, { recursive: true });
    for (const r of rows) {
      writeFileSync(join(args.dump, `${r.id}.got.txt`), r.text);
      writeFileSync(join(args.dump, `${r.id}.truth.txt`), pages.find((p) => p.id === r.id).truth);
    }
  }

  const mb = pages.reduce((n, p) => n + p.bytes, 0) / 1e6;
  const label = args.mode === 'cli' ? args.cli : args.mode === 'from' ? args.from : args.mode;
  if (args.json) {
    console.log(JSON.stringify({
      extractor: label, pages: pages.length, ...m, ms: extracted.ms,
      pagesPerSecond: extracted.ms ? pages.length / (extracted.ms / 1000) : null,
      worst: rows.sort((a, b) => a.f1 - b.f1).slice(0, args.worst)
        .map(({ id, precision, recall, f1, error }) => ({ id, precision, recall, f1, error })),
    }, null, 2));
  } else {
    console.log(`aeb-dev: ${pages.length} pages, ${mb.toFixed(1)} MB of HTML, extractor: ${label}`);
    console.log(`precision ${m.precision.toFixed(4)}  recall ${m.recall.toFixed(4)}  F1 ${m.f1.toFixed(4)}`);
    if (extracted.ms) {
      console.log(`time ${(extracted.ms / 1000).toFixed(2)} s (whole run, process start included): ` +
        `${(pages.length / (extracted.ms / 1000)).toFixed(1)} pages/s`);
    }
    const errors = rows.filter((r) => r.error);
    if (errors.length) console.log(`errors: ${errors.length} (${errors.slice(0, 3).map((r) => `${r.id.slice(0, 12)}: ${r.error}`).join('; ')})`);
    if (args.worst > 0) {
      console.log(`worst ${Math.min(args.worst, rows.length)} pages (F1, precision, recall, id):`);
      for (const r of [...rows].sort((a, b) => a.f1 - b.f1).slice(0, args.worst)) {
        console.log(`  ${r.f1.toFixed(3)}  P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  ${r.id}`);
      }
    }
  }
  if (args.speed) {
    const input = pages.map((p) => JSON.stringify({ id: p.id, html: p.html })).join('\n') + '\n';
    const run = spawnSync(args.speed, [], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.error || run.status !== 0) {
      console.error(`aeb-score: ${args.speed} failed: ${run.error || run.stderr}`);
      process.exit(2);
    }
    process.stdout.write(run.stdout);
  }
  if (args.minF1 !== null && !(m.f1 >= args.minF1)) {
    console.error(`aeb-score: F1 ${m.f1.toFixed(4)} is below the floor ${args.minF1}`);
    process.exit(1);
  }
}

// Run only as a script, so the metric can be imported by tests.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
