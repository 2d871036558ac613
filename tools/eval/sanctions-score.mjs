#!/usr/bin/env node
// Scores sanctions events against hand annotations (eval/sanctions/*.jsonl, format of
// ../shared/corpus/sanctions/GUIDELINES.md, one article per line: {file, id?, events,
// not_events}). The texts are read from ../shared/corpus at run time and analysed by the
// native CLI (`lede analyze --jsonl --no-clean`).
//
// Figures:
//   - event detection, sentence level: a sentence is positive when it holds at least one gold
//     event; predicted positive when the CLI reports an event in it. P, R, F1 over sentences.
//   - action accuracy: over gold events in true-positive sentences, the share whose sentence has
//     a predicted event with the same action.
//   - argument accuracy: over the imposers and targets of gold events in true-positive sentences
//     (paired with the predicted event of the same action, else the first one), the share
//     found: a gold argument is found when a predicted argument of the same role (imposerSpans
//     or targets) has a text, name or actor name that contains it or that it contains (case
//     and a leading "the" ignored), or has the country the annotation gives at that position.
//
//   node tools/eval/sanctions-score.mjs                  the release CLI (or env LEDE_CLI)
//   node tools/eval/sanctions-score.mjs --cli PATH       another build
// Options: --gold FILE (default eval/sanctions/dev.jsonl), --corpus DIR, -v (list errors),
// --json (figures as JSON), --min-f1 X --min-args Y (exit 1 below).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function parseArgs(argv) {
  const args = {
    cli: process.env.LEDE_CLI || join(root, 'build/release/bindings/cli/lede'),
    gold: join(root, 'eval/sanctions/dev.jsonl'),
    corpus: process.env.LEDE_CORPUS || join(root, '../shared/corpus'),
    verbose: false,
    json: false,
    minF1: null,
    minArgs: null,
  };
  for (let i = 2; i < argv.length; ++i) {
    const a = argv[i];
    if (a === '--cli') args.cli = argv[++i];
    else if (a === '--gold') args.gold = argv[++i];
    else if (a === '--corpus') args.corpus = argv[++i];
    else if (a === '-v') args.verbose = true;
    else if (a === '--json') args.json = true;
    else if (a === '--min-f1') args.minF1 = Number(argv[++i]);
    else if (a === '--min-args') args.minArgs = Number(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

const jsonlCache = new Map();
function jsonlRecord(path, id) {
  if (!jsonlCache.has(path)) {
    const map = new Map();
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line);
      map.set(String(o.id), o);
    }
    jsonlCache.set(path, map);
  }
  return jsonlCache.get(path).get(String(id));
}

// Newswire with hard-wrapped lines (Reuters): indented lines start paragraphs, other line
// breaks are spaces.
function unwrap(text) {
  return text.replace(/\n(?=[ \t]{2,})/g, '\n\n').replace(/([^\n])\n(?!\n)/g, '$1 ');
}

function loadText(corpus, entry) {
  const path = join(corpus, entry.file);
  if (!entry.id) return readFileSync(path, 'utf8');
  const rec = jsonlRecord(path, entry.id);
  if (!rec) throw new Error(`${entry.file}: no record ${entry.id}`);
  if (rec.article != null) return rec.article;
  return unwrap(rec.text);
}

const norm = (s) => (s || '').toLowerCase().replace(/[’']/g, "'").replace(/^the\s+/, '').replace(/[.,;:]+$/, '').trim();

function matches(gold, goldCountry, pred, actors) {
  const g = norm(gold);
  const names = [pred.text, pred.name];
  if (pred.actor) {
    const a = actors.get(pred.actor);
    if (a) names.push(a.name, ...(a.aliases || []));
  }
  for (const n of names) {
    const p = norm(n);
    if (p.length >= 2 && g.length >= 2 && (p.includes(g) || g.includes(p))) return true;
  }
  return Boolean(goldCountry && pred.country && goldCountry === pred.country);
}

function main() {
  const args = parseArgs(process.argv);
  const entries = readFileSync(args.gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const texts = entries.map((e) => loadText(args.corpus, e));
  const input = texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n';
  const t0 = process.hrtime.bigint();
  const run = spawnSync(args.cli, ['analyze', '--jsonl', '--no-clean'], { input, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (run.status !== 0) throw new Error(`${args.cli} failed: ${run.stderr}`);
  const results = run.stdout.toString().trim().split('\n').map((l) => JSON.parse(l));

  let tp = 0, fp = 0, fn = 0, actionOk = 0, actionAll = 0;
  const argsCount = { imposers: [0, 0], targets: [0, 0] };
  const errors = [];
  entries.forEach((entry, k) => {
    const r = results[k];
    const name = entry.file + (entry.id ? `#${entry.id}` : '');
    if (r.error) throw new Error(`${name}: ${r.error.message}`);
    const sentenceOf = (pos) => r.sentences.findIndex((s) => s.start <= pos && pos < s.end);
    const gold = new Map();  // sentence index -> gold events
    for (const ev of entry.events) {
      const pos = r.text.indexOf(ev.sentence_contains);
      if (pos < 0) {
        errors.push(`${name}: gold text not found: ${ev.sentence_contains}`);
        continue;
      }
      const si = sentenceOf(pos);
      if (!gold.has(si)) gold.set(si, []);
      gold.get(si).push(ev);
    }
    const pred = new Map();
    for (const ev of r.events) {
      const si = sentenceOf(ev.trigger.start);
      if (!pred.has(si)) pred.set(si, []);
      pred.get(si).push(ev);
    }
    const actors = new Map(r.actors.map((a) => [a.id, a]));
    const sentenceText = (si) => (si >= 0 ? r.text.slice(r.sentences[si].start, r.sentences[si].end) : '?');
    for (const [si, evs] of pred) {
      if (!gold.has(si)) {
        ++fp;
        errors.push(`${name}: FP ${evs.map((e) => e.action).join(',')}: ${sentenceText(si)}`);
      }
    }
    for (const [si, golds] of gold) {
      const ps = pred.get(si);
      if (!ps) {
        ++fn;
        errors.push(`${name}: FN ${golds.map((e) => e.action).join(',')}: ${sentenceText(si)}`);
        continue;
      }
      ++tp;
      for (const g of golds) {
        const p = ps.find((e) => e.action === g.action) || ps[0];
        ++actionAll;
        if (p.action === g.action) actionOk++;
        else errors.push(`${name}: action ${p.action} for gold ${g.action}: ${sentenceText(si)}`);
        for (const [role, list, countries, predList] of [
          ['imposers', g.imposers || [], g.imposer_countries || [], p.imposerSpans || []],
          ['targets', g.targets || [], g.target_countries || [], p.targets || []],
        ]) {
          const aligned = countries.length === list.length;
          list.forEach((item, i) => {
            argsCount[role][1]++;
            const country = aligned ? countries[i] : null;
            if (predList.some((x) => matches(item, country, x, actors))) argsCount[role][0]++;
            else {
              const got = predList.map((x) => x.name || x.text).join('; ') || '-';
              errors.push(`${name}: ${role} missing "${item}" (got ${got}): ${sentenceText(si)}`);
            }
          });
        }
      }
    }
  });
  const P = tp / Math.max(1, tp + fp), R = tp / Math.max(1, tp + fn);
  const F1 = P + R > 0 ? (2 * P * R) / (P + R) : 0;
  const found = argsCount.imposers[0] + argsCount.targets[0];
  const total = argsCount.imposers[1] + argsCount.targets[1];
  const figures = {
    articles: entries.length,
    sentences: { tp, fp, fn, precision: P, recall: R, f1: F1 },
    action_accuracy: actionOk / Math.max(1, actionAll),
    argument_accuracy: found / Math.max(1, total),
    imposer_accuracy: argsCount.imposers[0] / Math.max(1, argsCount.imposers[1]),
    target_accuracy: argsCount.targets[0] / Math.max(1, argsCount.targets[1]),
    arguments: { found, total },
    cli_ms: Math.round(ms),
  };
  if (args.verbose) for (const e of errors) console.log(e.replace(/\s+/g, ' '));
  if (args.json) console.log(JSON.stringify(figures));
  else {
    const f = (x) => x.toFixed(3);
    console.log(`articles ${entries.length}; sentences TP ${tp} FP ${fp} FN ${fn}`);
    console.log(`event detection  P ${f(P)}  R ${f(R)}  F1 ${f(F1)}`);
    console.log(`action accuracy  ${f(figures.action_accuracy)} (${actionOk}/${actionAll})`);
    console.log(`argument accuracy ${f(figures.argument_accuracy)} (${found}/${total}); imposers ${f(figures.imposer_accuracy)}, targets ${f(figures.target_accuracy)}`);
    console.log(`CLI time ${figures.cli_ms} ms`);
  }
  if ((args.minF1 != null && F1 < args.minF1) || (args.minArgs != null && figures.argument_accuracy < args.minArgs)) {
    process.exit(1);
  }
}

main();
