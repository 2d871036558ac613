// The demo page end to end in Chromium, on the seed article and on hostile input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { launchChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seedDir = join(root, '../shared/seed');
const expected = JSON.parse(readFileSync(join(seedDir, 'expected.json'), 'utf8'));

async function openDemo(browser, server) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  const wasmRequests = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasmRequests.push(r.url()); });
  await page.goto(`${server.url}/web/demo/`);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('ready'), null, { timeout: 30000 });
  // The page's preload hint and the loader ask for the same response: one request, not two.
  assert.deepEqual(wasmRequests.map((u) => new URL(u).pathname), ['/web/dist/lede-core.wasm']);
  return { page, errors };
}

async function analyse(page, text) {
  await page.fill('#source', text);
  await page.click('#analyze');
  await page.waitForFunction(() => /^(analysed|error)/.test(document.getElementById('status').textContent));
}

test('the seed article: highlights, card, table, graph, summary', async () => {
  const server = await serve(root, { mounts: { '/web/demo/sample/': seedDir } });
  const browser = await launchChromium();
  try {
    const { page, errors } = await openDemo(browser, server);
    await page.click('#sample');
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('analysed'));
    const marks = await page.$$eval('#article-body mark', (ms) => ms.map((m) => ({ text: m.textContent, cls: m.className })));
    // Every seed actor's mentions are highlighted with the actor's type.
    for (const actor of expected.actors) {
      for (const mention of actor.mentions) {
        assert.ok(marks.some((m) => m.text === mention && m.cls.includes(actor.type)), `${mention} as ${actor.type}`);
      }
    }
    // Every sanctions event has a highlighted trigger.
    const triggers = await page.$$eval('#article-body mark.trigger', (ms) => ms.map((m) => m.closest('p').textContent));
    for (const ev of expected.sanction_events.filter((e) => !e.same_as)) {
      assert.ok(triggers.some((p) => p.includes(ev.sentence_contains)), `trigger in: ${ev.sentence_contains}`);
    }
    // The card for Sergei Lavrov shows his role and country.
    await page.hover('#article-body mark.PERSON >> text=Sergei Lavrov');
    const card = await page.textContent('#card');
    assert.match(card, /Sergei Lavrov/);
    assert.match(card, /Foreign Minister/);
    assert.match(card, /RUS/);
    // The sanctions table and the graph.
    const rows = await page.$$eval('#events tbody tr', (rs) => rs.map((r) => r.textContent));
    assert.ok(rows.length >= 6, `events listed: ${rows.length}`);
    // Key facts: one line per event group; activating one selects its event in the table.
    const facts = await page.$$eval('#key-facts .fact', (fs) => fs.map((f) => f.textContent));
    assert.ok(facts.some((f) => /^China → 10 EU individuals and four entities: impose/.test(f)), `key facts: ${facts.join(' | ')}`);
    const edges = await page.$$eval('#graph .edge', (es) => es.map((e) => e.getAttribute('aria-label')));
    assert.ok(edges.some((l) => /^China .*10 EU individuals/.test(l)), `an arrow from China to the EU targets: ${edges.join(' | ')}`);
    // The summary, with the first body paragraph.
    const summary = await page.textContent('#summary');
    assert.ok(summary.includes(expected.summary_must_include[0]));
    // Keyboard: a highlight takes focus and shows its card.
    await page.focus('#article-body mark.GPE');
    assert.equal(await page.isVisible('#card'), true);
    assert.deepEqual(errors, []);
    mkdirSync(join(root, 'artifacts'), { recursive: true });
    await page.screenshot({ path: join(root, 'artifacts/demo-seed.png'), fullPage: false });
  } finally {
    await browser.close();
    await server.close();
  }
});

test('markup in article text, titles and names is shown as text, never run', async () => {
  const server = await serve(root);
  const browser = await launchChromium();
  try {
    const { page, errors } = await openDemo(browser, server);
    const payload = 'President <img src=x onerror="window.__xss=1"> Smith of <script>window.__xss=2</script> Acme ' +
      'said the European Union imposed sanctions on <b onmouseover="window.__xss=3">Russia</b>.';
    await analyse(page, `<title>"><svg onload="window.__xss=4"></title>\n${payload}\n\n${payload}`);
    await page.selectOption('#kind', 'text');
    await analyse(page, `<img src=x onerror="window.__xss=5"> headline\n\n${payload}`);
    const text = await page.textContent('#article-body');
    assert.ok(text.includes('<img src=x onerror='), 'the payload shows as text');
    assert.equal(await page.$$eval('#article-body img, #article-body script, #article-body b, #output svg image', (e) => e.length), 0);
    for (const m of await page.$$('#article-body mark')) await m.hover();
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
