// The package ships two builds of the same core: lede-core.wasm (WASM SIMD, the default) and
// lede-core-baseline.wasm (no SIMD, for engines without it). The baseline runs through the
// SIMD build's JS glue, so this checks both that the glue fits it and that the two builds
// give the same results, byte for byte, on real pages and articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createAnalyzer, supportsSimd } from '../../web/src/node.js';

const dist = new URL('../../web/dist/', import.meta.url);
const corpus = new URL('../../../shared/corpus/', import.meta.url);

test('Node 20 runs WASM SIMD, so the SIMD build is the default there', () => {
  assert.equal(supportsSimd(), true);
});

test('the baseline build gives the same results as the SIMD build', async () => {
  const simd = await createAnalyzer({ wasm: new URL('lede-core.wasm', dist) });
  const baseline = await createAnalyzer({ wasm: new URL('lede-core-baseline.wasm', dist) });
  const inputs = [[readFileSync(new URL('../seed/article.txt', corpus), 'utf8'), {}]];
  const pages = new URL('aeb-dev/html/', corpus);
  for (const name of readdirSync(pages).sort().slice(0, 12)) {
    inputs.push([gunzipSync(readFileSync(new URL(name, pages))).toString('utf8'), { input: 'html' }]);
  }
  const articles = readFileSync(new URL('cnndm-dev/articles.jsonl', corpus), 'utf8').trim().split('\n');
  for (const line of articles.slice(0, 20)) inputs.push([JSON.parse(line).article, { clean: false }]);
  let entities = 0;
  for (const [input, options] of inputs) {
    const a = simd.analyze(input, options);
    entities += a.entities.length;
    assert.deepEqual(baseline.analyze(input, options), a);
  }
  assert.ok(entities > 300, `the inputs have entities to compare: ${entities}`);
});
