// The WASM analyzer under repetition and failure: memory stays flat over 10,000 calls, and
// after a fatal error inside the module the same analyzer object recovers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createAnalyzer, LedeError } from '../../web/src/node.js';
import { makeAnalyzer } from '../../web/src/analyzer.js';
import { standInModule } from './stand-in-module.mjs';

test('10,000 calls in a row keep the heap flat', async () => {
  const analyzer = await createAnalyzer();
  const seed = await readFile(new URL('../../../shared/seed/article.txt', import.meta.url), 'utf8');
  for (let i = 0; i < 200; ++i) analyzer.analyze(seed);
  const warm = analyzer.memoryBytes;
  for (let i = 0; i < 10000; ++i) analyzer.analyze(i % 2 ? seed : `Short text number ${i}. Another sentence.`);
  assert.equal(analyzer.memoryBytes, warm, 'WASM memory did not grow');
});

test('errors never leave the analyzer unusable', async () => {
  const analyzer = await createAnalyzer();
  const bad = [() => analyzer.analyze(null), () => analyzer.analyze('x', { summarySentences: -1 }),
    () => analyzer.analyzeBlocks([{ text: null }]), () => analyzer.analyze('x', { input: 'xml' })];
  for (const call of bad) assert.throws(call, LedeError);
  assert.equal(analyzer.analyze('It works. Still.').sentences.length, 2);
});

// The first instance traps once, as an abort in WASM would: the call throws `code`, the module
// is rebuilt once, and the same analyzer object works again.
async function expectOneReset(code, moduleOptions = {}) {
  const { counts, instantiate } = standInModule({
    trap: (kind, instance) => kind === 'analyze' && instance === 1, ...moduleOptions,
  });
  const analyzer = await makeAnalyzer(instantiate);
  assert.throws(() => analyzer.analyze('x'), (e) => e instanceof LedeError && e.code === code);
  await analyzer.ready();
  assert.equal(analyzer.analyze('x').text, 'ok');
  assert.equal(counts.instances, 2);
}

test('a trap inside the module resets it; the same object keeps working', () => expectOneReset('internal'));

test('memory running out inside the module is out_of_memory, and the analyzer is reset', () =>
  // The instance aborts holding 1.5 GB of its 2 GB, as when an allocation cannot grow it.
  expectOneReset('out_of_memory', { memoryBytes: (instance) => (instance === 1 ? 1.5 * 2 ** 30 : 256) }));

test('a result longer than the longest JS string is output_too_large, and nothing is reset', async () => {
  const { counts, instantiate } = standInModule({ oversized: (call) => call === 1 });
  const analyzer = await makeAnalyzer(instantiate, { warmUp: 'off' });
  assert.throws(() => analyzer.analyze('x'), (e) => e instanceof LedeError && e.code === 'output_too_large');
  assert.equal(analyzer.analyze('x').text, 'ok', 'usable at once, without waiting for a reset');
  assert.equal(counts.instances, 1);
});

test('the browser loader rejects when the .wasm cannot be fetched (no hang, no stray rejection)', async () => {
  const { createAnalyzer: createInBrowser } = await import('../../web/src/browser.js');
  // Port 9 is one that fetch refuses outright: the failure comes at once.
  await assert.rejects(createInBrowser({ wasm: 'http://127.0.0.1:9/missing.wasm' }));
});
