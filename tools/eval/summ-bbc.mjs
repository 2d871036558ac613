#!/usr/bin/env node
// Regression figure on BBC News Summary (../shared/corpus/summ-bbc): articles/<topic>/NNN.txt
// (title on the first line, then paragraphs) and summaries/<topic>/NNN.txt (a machine-made
// extract of about 40% of the sentences, run together without spaces and out of order). The
// summary length is set per article to the reference's sentence count; Lead-N (the first N body
// sentences of the same run) is printed beside it. The articles go through the whole pipeline
// (plain text, cleaning on), as a user's copied article would. Not a measure of quality: the
// references are machine-made (see the corpus README).
//
//   node tools/eval/summ-bbc.mjs [--cli PATH] [--topics business,politics] [--limit N]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { meanF, scoreSummary } from './rouge.mjs';
import { root, sharedDir } from './summ-data.mjs';

const args = {
  cli: process.env.LEDE_CLI || join(root, 'build/release/bindings/cli/lede'),
  corpus: join(sharedDir, 'corpus/summ-bbc'),
  topics: null,
  limit: Infinity,
};
for (let i = 2; i < process.argv.length; ++i) {
  const a = process.argv[i];
  if (a === '--cli') args.cli = resolve(process.argv[++i]);
  else if (a === '--corpus') args.corpus = resolve(process.argv[++i]);
  else if (a === '--topics') args.topics = process.argv[++i].split(',');
  else if (a === '--limit') args.limit = Number(process.argv[++i]);
  else throw new Error(`unknown option ${a}`);
}

// The extracts are sentences glued together: "...$10.9bn.For the full-year...". A sentence ends
// where . ! or ? (maybe with a closing quote) meets a capital letter or an opening quote with no
// space between; decimals ("$1.13bn") and initials followed by a space are left alone.
export function splitReference(text) {
  return text
    .trim()
    .split(/(?<=[.!?]["'\u201d]?)(?=[A-Z"\u201c])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

const topics = args.topics || readdirSync(join(args.corpus, 'articles')).sort();
const items = [];
for (const topic of topics) {
  const files = readdirSync(join(args.corpus, 'articles', topic)).sort().slice(0, args.limit);
  for (const file of files) {
    const text = readFileSync(join(args.corpus, 'articles', topic, file), 'utf8');
    const refSents = splitReference(readFileSync(join(args.corpus, 'summaries', topic, file), 'utf8'));
    items.push({ id: `${topic}/${file}`, text, reference: refSents.join('\n'), n: refSents.length });
  }
}

// One CLI run per summary length (the option applies to every line of a --jsonl run).
const results = new Map();
for (const n of [...new Set(items.map((it) => it.n))]) {
  const group = items.filter((it) => it.n === n);
  const input = group.map((it) => JSON.stringify({ id: it.id, text: it.text })).join('\n') + '\n';
  const r = spawnSync(args.cli, ['analyze', '--jsonl', '--summary', String(n)], {
    input,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${args.cli} failed: ${r.stderr}`);
  for (const line of r.stdout.split('\n')) if (line) results.set(JSON.parse(line).id, JSON.parse(line));
}

const engine = [];
const lead = [];
for (const it of items) {
  const r = results.get(it.id);
  if (!r || r.error) throw new Error(`${it.id}: ${JSON.stringify(r && r.error)}`);
  const body = r.sentences.filter((s) =>
    r.paragraphs.some((p) => p.kind === 'body' && p.start <= s.start && s.end <= p.end),
  );
  const slice = (s) => r.text.slice(s.start, s.end);
  engine.push(scoreSummary(it.reference, r.summary.map(slice).join('\n')));
  lead.push(scoreSummary(it.reference, body.slice(0, it.n).map(slice).join('\n')));
}
const f = (v) => v.toFixed(2).padStart(6);
console.log(`BBC News Summary, ${items.length} articles, length = the reference's sentence count`);
console.log('system      R1     R2  RLsum');
for (const [name, scores] of [['engine', engine], ['lead-N', lead]]) {
  const m = meanF(scores);
  console.log(`${name.padEnd(7)} ${f(m.rouge1)} ${f(m.rouge2)} ${f(m.rougeLsum)}`);
}
