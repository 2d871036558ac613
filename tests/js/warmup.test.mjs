// When the analyzer's warm-up analysis runs (options.warmUp): after start-up in a task of its
// own by default, before createAnalyzer() resolves when 'eager', never when 'off', and not at
// all once a call has done the compiling. The scheduling is checked on a stand-in module that
// counts the calls; the real module then gives the same results in every mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { createAnalyzer, LedeError } from '../../web/src/node.js';
import { makeAnalyzer } from '../../web/src/analyzer.js';

function standIn({ trapOnWarmUp = false } = {}) {
  const counts = { instances: 0, warmUps: 0, analyses: 0 };
  const instantiate = async () => {
    ++counts.instances;
    const heap = new Uint8Array(256);
    return {
      HEAPU8: heap,
      Analyzer: class {
        inputBuffer() { return 0; }
        warmUp() {
          ++counts.warmUps;
          if (trapOnWarmUp) throw new WebAssembly.RuntimeError('unreachable');
        }
        analyze() {
          ++counts.analyses;
          const json = new TextEncoder().encode('{"text":"ok"}');
          heap.set(json, 128);
          return json.length;
        }
        outputData() { return 128; }
        delete() {}
        version() { return 'test'; }
      },
    };
  };
  return { counts, instantiate };
}

test('deferred (the default): the warm-up runs after start-up, in a task of its own', async () => {
  const { counts, instantiate } = standIn();
  const analyzer = await makeAnalyzer(instantiate);
  assert.equal(counts.warmUps, 0, 'not before the analyzer is handed over');
  await sleep(10);
  assert.equal(counts.warmUps, 1);
  analyzer.warmUp();
  assert.equal(counts.warmUps, 1, 'once');
});

test('deferred: a call that comes first makes the warm-up unnecessary', async () => {
  const { counts, instantiate } = standIn();
  const analyzer = await makeAnalyzer(instantiate);
  assert.equal(analyzer.analyze('x').text, 'ok');
  await sleep(10);
  assert.equal(counts.warmUps, 0);
  assert.equal(counts.analyses, 1);
});

test("'eager' warms up before resolving, 'off' never; warmUp() runs it on demand", async () => {
  const eager = standIn();
  await makeAnalyzer(eager.instantiate, { warmUp: 'eager' });
  assert.equal(eager.counts.warmUps, 1);
  const off = standIn();
  const analyzer = await makeAnalyzer(off.instantiate, { warmUp: 'off' });
  await sleep(10);
  assert.equal(off.counts.warmUps, 0);
  analyzer.warmUp();
  assert.equal(off.counts.warmUps, 1);
});

test('a trap in the deferred warm-up resets the module once; the analyzer keeps working', async () => {
  const { counts, instantiate } = standIn({ trapOnWarmUp: true });
  const analyzer = await makeAnalyzer(instantiate);
  await sleep(10);
  await analyzer.ready();
  await sleep(10);
  assert.equal(counts.warmUps, 1, 'the new instance does not warm up again');
  assert.equal(counts.instances, 2);
  assert.equal(analyzer.analyze('x').text, 'ok');
});

test('an unknown warmUp value is an invalid_argument error', async () => {
  await assert.rejects(createAnalyzer({ warmUp: 'sometimes' }),
    (e) => e instanceof LedeError && e.code === 'invalid_argument');
});

test('the real module: the same result warmed up or not', async () => {
  const seed = await readFile(new URL('../../../shared/seed/article.txt', import.meta.url), 'utf8');
  const results = [];
  for (const warmUp of ['off', 'eager', 'deferred']) {
    const analyzer = await createAnalyzer({ warmUp });
    if (warmUp === 'deferred') await sleep(10);
    results.push(JSON.stringify(analyzer.analyze(seed)));
    analyzer.dispose();
  }
  assert.equal(results[1], results[0]);
  assert.equal(results[2], results[0]);
});
