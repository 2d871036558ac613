#!/usr/bin/env node
// ROUGE of the engine's summaries on the CNN/DailyMail dev articles, next to Lead-3 from the same
// run: both come from one pass of the native CLI (`lede analyze --jsonl --no-clean --summary 3`;
// the articles are clean text, so cleaning is off and `text` is the article), Lead-3 being the
// first three sentences of the same sentence splitter. Scored by tools/eval/rouge.mjs
// (rouge-score conventions, Porter stemming), mean F x 100 over articles.
//
//   node tools/eval/summ-cnndm.mjs [--cli PATH] [--summary N] [--json] [--min-gain X] [--speed]
//
// --speed also times the whole analysis of the articles with the summary off (--summary 0) and
// on, one thread, best of 5 runs each, and prints what summarizing adds per article.
// Rows: all articles, the held-out part (ids 8-f, never seen by tools/train/summary-train.mjs)
// and the train part (ids 0-7). --min-gain X exits 1 unless the engine beats Lead-3 on the
// held-out part by X ROUGE-1 points without losing ROUGE-2.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

import { meanF, scoreSummary } from './rouge.mjs';
import { readCnndm, root } from './summ-data.mjs';

const args = {
  cli: process.env.LEDE_CLI || join(root, 'build/release/bindings/cli/lede'),
  summary: 3,
  json: false,
  minGain: null,
  speed: false,
};
for (let i = 2; i < process.argv.length; ++i) {
  const a = process.argv[i];
  if (a === '--cli') args.cli = resolve(process.argv[++i]);
  else if (a === '--summary') args.summary = Number(process.argv[++i]);
  else if (a === '--json') args.json = true;
  else if (a === '--min-gain') args.minGain = Number(process.argv[++i]);
  else if (a === '--speed') args.speed = true;
  else if (a === '-h' || a === '--help') {
    console.log('node tools/eval/summ-cnndm.mjs [--cli PATH] [--summary N] [--json] [--min-gain X]');
    process.exit(0);
  } else throw new Error(`unknown option ${a}`);
}

export function runCli(cli, articles, extra) {
  const input = articles.map((a) => JSON.stringify({ id: a.id, text: a.text })).join('\n') + '\n';
  const started = process.hrtime.bigint();
  const r = spawnSync(cli, ['analyze', '--jsonl', ...extra], {
    input,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${cli} failed (${r.status}): ${r.stderr}`);
  const byId = new Map();
  for (const line of r.stdout.split('\n')) {
    if (!line) continue;
    const res = JSON.parse(line);
    if (res.error) throw new Error(`article ${res.id}: ${JSON.stringify(res.error)}`);
    byId.set(res.id, res);
  }
  return { byId, seconds };
}

const articles = readCnndm();
const { byId } = runCli(args.cli, articles, ['--no-clean', '--summary', String(args.summary)]);
const rows = { engine: [], lead: [] };
for (const a of articles) {
  const r = byId.get(a.id);
  // JSON offsets are UTF-16 code units: String.slice takes them as they are.
  const engine = r.summary.map((s) => r.text.slice(s.start, s.end)).join('\n');
  const lead = r.sentences
    .slice(0, args.summary)
    .map((s) => r.text.slice(s.start, s.end))
    .join('\n');
  rows.engine.push({ heldOut: a.heldOut, score: scoreSummary(a.reference, engine) });
  rows.lead.push({ heldOut: a.heldOut, score: scoreSummary(a.reference, lead) });
}

const parts = {
  all: () => true,
  'held-out': (r) => r.heldOut,
  train: (r) => !r.heldOut,
};
const table = {};
for (const [part, keep] of Object.entries(parts)) {
  table[part] = {};
  for (const system of ['engine', 'lead']) {
    const kept = rows[system].filter(keep);
    table[part][system] = { n: kept.length, ...meanF(kept.map((r) => r.score)) };
  }
}
if (args.json) {
  console.log(JSON.stringify(table, null, 2));
} else {
  const f = (v) => v.toFixed(2).padStart(6);
  console.log(`CNN/DailyMail dev, ${args.summary} sentences, ROUGE F (rouge-score conventions, stemmed)`);
  console.log('part       system    n     R1     R2  RLsum');
  for (const [part, systems] of Object.entries(table)) {
    for (const [system, m] of Object.entries(systems)) {
      const name = system === 'lead' ? `lead-${args.summary}` : 'engine';
      console.log(
        `${part.padEnd(10)} ${name.padEnd(7)} ${String(m.n).padStart(3)} ${f(m.rouge1)} ${f(m.rouge2)} ${f(m.rougeLsum)}`,
      );
    }
  }
}
if (args.speed) {
  const best = (extra) => {
    let t = Infinity;
    for (let k = 0; k < 5; ++k) t = Math.min(t, runCli(args.cli, articles, ['--threads', '1', ...extra]).seconds);
    return t;
  };
  const off = best(['--no-clean', '--summary', '0']);
  const on = best(['--no-clean', '--summary', String(args.summary)]);
  const per = (s) => ((1000 * s) / articles.length).toFixed(3);
  console.log(`speed (best of 5, 1 thread, ${articles.length} articles, process start included):`);
  console.log(`  analysis without summary ${per(off)} ms/article, with ${per(on)} ms/article: ` +
              `summary ${per(on - off)} ms/article (${((100 * (on - off)) / off).toFixed(1)}%)`);
}
if (args.minGain !== null) {
  const h = table['held-out'];
  const ok = h.engine.rouge1 - h.lead.rouge1 >= args.minGain && h.engine.rouge2 >= h.lead.rouge2;
  if (!ok) {
    console.error(`held-out: engine does not beat Lead-${args.summary} by ${args.minGain} ROUGE-1 without losing ROUGE-2`);
    process.exit(1);
  }
}
