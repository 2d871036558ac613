// In Chromium: spans land on the right characters of the DOM when the text has emoji, CJK and
// combining marks (UTF-16 offsets), and the Web Worker entry gives the same result as the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { launchChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('span-to-DOM mapping and the worker entry', async () => {
  const server = await serve(root);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/tests/browser/fixtures/harness.html`);

    // Hand-made results: every mark's text must be text.slice(start, end).
    const mapped = await page.evaluate(async () => {
      const { renderArticle } = await import('/web/demo/render.js');
      const text = '😀 Zoë met 北京 officials 👨‍👩‍👧. Cafe\u0301 Müller sanctions 🇺🇦 Kyiv.';
      const at = (s) => [text.indexOf(s), text.indexOf(s) + s.length];
      const ent = (s, type) => { const [start, end] = at(s); return { start, end, text: s, type, actor: null }; };
      const [ts, te] = at('sanctions');
      const result = {
        text, paragraphs: [{ start: 0, end: text.length, kind: 'body', block: 0 }],
        entities: [ent('Zoë', 'PERSON'), ent('北京', 'GPE'), ent('Cafe\u0301 Müller', 'ORG'), ent('Kyiv', 'GPE')],
        actors: [],
        events: [{ trigger: { start: ts, end: te, text: 'sanctions' }, sentence: { start: 0, end: text.length }, imposers: [], targets: [{ ...ent('🇺🇦 Kyiv', 'GPE') }] }],
      };
      const out = document.getElementById('out');
      renderArticle(out, result);
      return {
        marks: [...out.querySelectorAll('mark')].map((m) => m.textContent),
        target: out.querySelector('span.target')?.textContent,
        whole: out.textContent === text,
      };
    });
    assert.deepEqual(mapped.marks, ['Zoë', '北京', 'Cafe\u0301 Müller', 'sanctions', 'Kyiv']);
    assert.equal(mapped.target, '🇺🇦 Kyiv');
    assert.equal(mapped.whole, true, 'rendering neither drops nor repeats text');

    // The worker entry: same calls, promises, transferable bytes in.
    const viaWorker = await page.evaluate(async () => {
      const { createWorkerAnalyzer } = await import('/web/src/worker-client.js');
      const { createAnalyzer } = await import('/web/src/browser.js');
      const text = 'The European Union imposed sanctions on Russia on Monday. Moscow called it illegal.';
      const worker = await createWorkerAnalyzer();
      const fromWorker = await worker.analyze(new TextEncoder().encode(text));
      const blocks = await worker.analyzeBlocks([{ text, tag: 'p' }]);
      let error = null;
      try { await worker.analyze('x', { input: 'pdf' }); } catch (e) { error = `${e.name}:${e.code}`; }
      worker.dispose();
      const direct = (await createAnalyzer()).analyze(text);
      return { same: JSON.stringify(fromWorker) === JSON.stringify(direct), sentences: fromWorker.sentences.length, blockMap: !!blocks.blockMap, error };
    });
    assert.equal(viaWorker.same, true, 'the worker returns what the page computes');
    assert.equal(viaWorker.sentences, 2);
    assert.equal(viaWorker.blockMap, true);
    assert.equal(viaWorker.error, 'LedeError:invalid_argument');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
