// The MV3 extension on real pages from the extraction benchmark, served on 127.0.0.1 (one of
// them under a strict Content-Security-Policy): highlights land in the article body and not in
// navigation or footers, the panel lists actors and events, and toggling off restores the DOM
// exactly. A screenshot is kept in artifacts/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { serve } from '../../scripts/serve.mjs';
import { launchWithExtension } from './chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpus = join(root, '../shared/corpus/aeb-dev');
const STRICT_CSP = "default-src 'none'; img-src 'none'; style-src 'none'; script-src 'none'";

// English news pages with a long article body (the ground truth tells), in a fixed order.
function pickPages(count) {
  const truth = JSON.parse(readFileSync(join(corpus, 'ground-truth.json'), 'utf8'));
  return Object.entries(truth)
    .filter(([, v]) => (v.articleBody ?? '').length > 1500 && /\b(the|and|of)\b.*\b(the|and|of)\b/.test(v.articleBody.slice(0, 400)))
    .map(([id]) => id).sort().slice(0, count);
}

test('the extension highlights article text on real pages and restores them exactly', async () => {
  execFileSync('node', [join(root, 'scripts/build-extension.mjs'), '--test-host', '127.0.0.1'], { stdio: 'pipe' });
  const site = mkdtempSync(join(tmpdir(), 'lede-pages-'));
  const profile = mkdtempSync(join(tmpdir(), 'lede-profile-'));
  const ids = pickPages(3);
  for (const id of ids) writeFileSync(join(site, `${id}.html`), gunzipSync(readFileSync(join(corpus, 'html', `${id}.html.gz`))));
  const open = await serve(site);
  const strict = await serve(site, { headers: { 'content-security-policy': STRICT_CSP } });
  const context = await launchWithExtension(profile, join(root, 'build/extension-test'));
  // Requests to anywhere but this machine while the extension works (the pages' own loads are
  // over before it starts; they are aborted anyway).
  const requests = [];
  let watching = false;
  context.on('request', (r) => {
    if (watching && !/^(http:\/\/127\.0\.0\.1|chrome-extension:|data:|blob:)/.test(r.url())) requests.push(r.url());
  });
  try {
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
    let pagesWithMarks = 0;
    for (const [i, id] of ids.entries()) {
      const base = i === 0 ? strict.url : open.url;
      const page = await context.newPage();
      // The pages' own scripts and remote resources are not what is tested: block them.
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(`${base}/${id}.html`, { waitUntil: 'load' });
      // Chromium itself touches some form fields after load (autofill): let the page settle.
      await page.waitForTimeout(1000);
      const before = await page.evaluate(() => document.body.innerHTML);
      const toggle = () => worker.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        await self.ledeToggle(tab.id);
      }, page.url());

      watching = true;
      await toggle();
      await page.waitForSelector('#lede-panel-host', { state: 'attached', timeout: 30000 });
      const marks = await page.evaluate(() => [...document.querySelectorAll('mark.lede-mark')].map((m) => ({
        text: m.textContent, inChrome: !!m.closest('nav, footer, [role=navigation], [role=contentinfo]'),
      })));
      if (marks.length > 0) pagesWithMarks += 1;
      // The panel lists the summary, the sanctions section and the actors found.
      const panel = await page.evaluate(() => document.getElementById('lede-panel-host').shadowRoot.textContent);
      assert.match(panel, /Summary/);
      assert.match(panel, /Sanctions/);
      if (marks.length > 0) assert.match(panel, /People|Countries and cities|Organizations/);
      assert.deepEqual(marks.filter((m) => m.inChrome), [], `page ${id}: no highlight in navigation or footer`);
      if (i === 1) {
        // A page with its own styles (the strict-CSP one has none), scrolled to the highlights.
        await page.evaluate(() => document.querySelector('mark.lede-mark')?.scrollIntoView({ block: 'center' }));
        mkdirSync(join(root, 'artifacts'), { recursive: true });
        // caret: 'initial' keeps Playwright from restyling inputs, which would show in the DOM diff.
        await page.screenshot({ path: join(root, 'artifacts/extension.png'), caret: 'initial' });
      }
      await toggle();
      await page.waitForSelector('#lede-panel-host', { state: 'detached', timeout: 10000 });
      watching = false;
      const after = await page.evaluate(() => document.body.innerHTML);
      assert.equal(after, before, `page ${id}: toggling off restores the DOM`);
      await page.close();
    }
    assert.ok(pagesWithMarks >= 2, `highlights on at least two of three pages (got ${pagesWithMarks})`);
    assert.deepEqual(requests, [], 'the extension makes no network requests');
  } finally {
    await context.close();
    await open.close();
    await strict.close();
    rmSync(site, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});
