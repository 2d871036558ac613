// The JS API over the WASM build (web/dist), in Node: results, UTF-16 offsets, errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createAnalyzer, analyze, LedeError } from '../../web/src/node.js';

const seedUrl = new URL('../../../shared/seed/article.txt', import.meta.url);
const analyzer = await createAnalyzer();

test('the seed article gives the full result shape', async () => {
  const r = analyzer.analyze(await readFile(seedUrl, 'utf8'));
  for (const key of ['credits', 'warnings', 'removed', 'paragraphs', 'sentences', 'entities', 'actors', 'events', 'summary', 'keyFacts']) {
    assert.ok(Array.isArray(r[key]), key);
  }
  assert.equal(typeof r.text, 'string');
  assert.ok(r.text.includes('The foreign ministers of China and Russia have met'));
  assert.ok(r.sentences.length > 15);
  for (const s of r.sentences) assert.ok(s.start < s.end && s.end <= r.text.length);
  assert.ok(r.summary.length >= 1 && r.summary.length <= 3);
  for (const s of r.summary) assert.equal(r.text.slice(s.start, s.end), s.text);
});

test('offsets are UTF-16 code units: slice gives each sentence', () => {
  const text = '😀 Zoë met 中国 officials. Cafe\u0301 owners said so. 👨‍👩‍👧 Families waited.';
  const r = analyzer.analyze(text, { clean: false });
  const sentences = r.sentences.map((s) => r.text.slice(s.start, s.end));
  assert.deepEqual(sentences, ['😀 Zoë met 中国 officials.', 'Café owners said so.', '👨‍👩‍👧 Families waited.']);
});

test('invalid UTF-8 bytes are repaired with U+FFFD and a warning', () => {
  const r = analyzer.analyze(new Uint8Array([0x41, 0x20, 0xff, 0x42, 0x2e]));
  assert.ok(r.text.includes('\uFFFD'));
});

test('errors are LedeError with a code, and the analyzer keeps working', () => {
  assert.throws(() => analyzer.analyze('x', { input: 'pdf' }), (e) => e instanceof LedeError && e.code === 'invalid_argument');
  assert.throws(() => analyzer.analyze(42), (e) => e instanceof LedeError && e.code === 'invalid_argument');
  assert.throws(() => analyzer.analyze('x'.repeat(33 * 1024 * 1024)), (e) => e.code === 'input_too_large');
  assert.equal(analyzer.analyze('Still here. Fine.').sentences.length, 2);
});

test('empty and whitespace input give an empty result', () => {
  for (const input of ['', '   \n\t\n']) {
    const r = analyzer.analyze(input);
    assert.equal(r.text, '');
    assert.deepEqual(r.sentences, []);
  }
});

test('summary options', () => {
  const text = Array.from({ length: 8 }, (_, i) => `Sentence number ${i + 1} is here.`).join(' ');
  assert.equal(analyzer.analyze(text, { summarySentences: 1 }).summary.length, 1);
  assert.equal(analyzer.analyze(text, { summarySentences: 0 }).summary.length, 0);
});

test('the one-shot analyze() works', async () => {
  const r = await analyze('One. Two.');
  assert.equal(r.sentences.length, 2);
});

test('dispose frees the instance', async () => {
  const a = await createAnalyzer();
  a.dispose();
  assert.throws(() => a.analyze('x'), LedeError);
});

test('extractOnly: the clean article and nothing after it', () => {
  const html = '<html><head><title>T</title></head><body><article><h1>T</h1><p>Norway imposed sanctions on three Venezuelan officials on Friday over the crackdown on protesters.</p></article></body></html>';
  const only = analyzer.analyze(html, { input: 'html', extractOnly: true });
  const full = analyzer.analyze(html, { input: 'html' });
  assert.equal(only.text, full.text);
  assert.ok(full.entities.length > 0);
  for (const key of ['sentences', 'entities', 'actors', 'events', 'summary', 'keyFacts']) assert.deepEqual(only[key], [], key);
});
