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
import { standInModule } from './stand-in-module.mjs';

test('deferred (the default): the warm-up runs after start-up, in a task of its own', async () => {
  const { counts, instantiate } = standInModule();
  const analyzer = await makeAnalyzer(instantiate);
  assert.equal(counts.warmUps, 0, 'not before the analyzer is handed over');
  await sleep(10);
  assert.equal(counts.warmUps, 1);
  analyzer.warmUp();
  assert.equal(counts.warmUps, 1, 'once');
});

test('deferred: a call that comes first makes the warm-up unnecessary', async () => {
  const { counts, instantiate } = standInModule();
  const analyzer = await makeAnalyzer(instantiate);
  assert.equal(analyzer.analyze('x').text, 'ok');
  await sleep(10);
  assert.equal(counts.warmUps, 0);
  assert.equal(counts.analyses, 1);
});

test("'eager' warms up before resolving, 'off' never; warmUp() runs it on demand", async () => {
  const eager = standInModule();
  await makeAnalyzer(eager.instantiate, { warmUp: 'eager' });
  assert.equal(eager.counts.warmUps, 1);
  const off = standInModule();
  const analyzer = await makeAnalyzer(off.instantiate, { warmUp: 'off' });
  await sleep(10);
  assert.equal(off.counts.warmUps, 0);
  analyzer.warmUp();
  assert.equal(off.counts.warmUps, 1);
});

test('a trap in the deferred warm-up resets the module once; the analyzer keeps working', async () => {
  const { counts, instantiate } = standInModule({ trap: (kind) => kind === 'warmUp' });
  const analyzer = await makeAnalyzer(instantiate);
  await sleep(10);
  await analyzer.ready();
  await sleep(10);
  assert.equal(counts.warmUps, 1, 'the new instance does not warm up again');
  assert.equal(counts.instances, 2);
  assert.equal(analyzer.analyze('x').text, 'ok');
});

test("a trap in the 'eager' warm-up rejects createAnalyzer() and builds nothing behind it", async () => {
  const { counts, instantiate } = standInModule({ trap: (kind) => kind === 'warmUp' });
  await assert.rejects(makeAnalyzer(instantiate, { warmUp: 'eager' }),
    (e) => e instanceof LedeError && e.code === 'internal');
  await sleep(10);
  assert.equal(counts.instances, 1);
});

test("'eager': a reset whose warm-up traps fails ready() once, then the analyzer recovers", async () => {
  // The first instance traps on analysis, the second on its warm-up; the third is not warmed up.
  const { counts, instantiate } = standInModule({
    trap: (kind, instance) => (kind === 'analyze' && instance === 1) || (kind === 'warmUp' && instance === 2),
  });
  const analyzer = await makeAnalyzer(instantiate, { warmUp: 'eager' });
  assert.throws(() => analyzer.analyze('x'), (e) => e.code === 'internal');
  await assert.rejects(analyzer.ready(), (e) => e.code === 'internal');
  await analyzer.ready();
  assert.equal(analyzer.analyze('x').text, 'ok');
  assert.deepEqual([counts.instances, counts.warmUps], [3, 2]);
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
