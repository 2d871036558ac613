// The extension on a page whose article text, title, attribute-like strings and entity names
// carry script payloads (as text, escaped in the page's HTML). The extension reads them as text
// and must write them back only as text: no payload runs in the page, the highlights and the
// panel hold no elements made from input, and toggling off restores the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { launchWithExtension } from './chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Each payload sets window.__xss in the page's main world if it ever becomes markup.
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  "' onmouseover='window.__xss=4' x='",
  '<iframe srcdoc="<script>parent.__xss=5</script>">',
];

function xssPage() {
  const title = `Sanctions on ${PAYLOADS[2]} Moscow`;
  const paragraphs = [
    `The European Union imposed sanctions on Russia on Monday, freezing the assets of seven officials ${PAYLOADS[0]} accused of abuses.`,
    `Russian Foreign Minister Sergei${PAYLOADS[1]} Lavrov said Moscow would respond, and President Vladimir ${PAYLOADS[3]}Putin called the measures illegal.`,
    `The United States threatened to impose sanctions on the company Acme${PAYLOADS[4]} Industries over its exports to Iran.`,
    `Officials in Brussels said the measures against ${PAYLOADS[0]}Gazprom would stay in place until the conflict ends, and Washington said it would coordinate with its allies.`,
    'China opposed all forms of unilateral sanctions, Foreign Ministry spokesman Wang Wenbin told reporters in Beijing on Tuesday.',
  ];
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article><footer>Copyright ${escapeHtml(PAYLOADS[0])} Example News</footer></body></html>`;
}

test('payloads in article text, titles and entity names are never run by the extension', async () => {
  execFileSync('node', [join(root, 'scripts/build-extension.mjs'), '--test-host', '127.0.0.1'], { stdio: 'pipe' });
  const site = mkdtempSync(join(tmpdir(), 'lede-xss-'));
  const profile = mkdtempSync(join(tmpdir(), 'lede-profile-'));
  writeFileSync(join(site, 'xss.html'), xssPage());
  const server = await serve(site);
  const context = await launchWithExtension(profile, join(root, 'build/extension-test'));
  try {
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
    const page = await context.newPage();
    await page.goto(`${server.url}/xss.html`, { waitUntil: 'load' });
    const before = await page.evaluate(() => document.body.innerHTML);
    const toggle = () => worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await self.ledeToggle(tab.id);
    }, page.url());

    await toggle();
    await page.waitForSelector('#lede-panel-host', { state: 'attached', timeout: 30000 });
    // Move the pointer over every highlight so that any handler smuggled into one would fire.
    await page.evaluate(() => {
      for (const m of document.querySelectorAll('mark.lede-mark, mark.lede-mark *')) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'click']) m.dispatchEvent(new Event(type, { bubbles: true }));
      }
    });
    const report = await page.evaluate(() => {
      const panel = document.getElementById('lede-panel-host').shadowRoot;
      const bad = 'img, script, svg, iframe, [onerror], [onload], [onmouseover], [srcdoc]';
      return {
        marks: document.querySelectorAll('mark.lede-mark').length,
        elementsInMarks: [...document.querySelectorAll('mark.lede-mark *')].map((e) => e.tagName),
        injectedInPage: [...document.body.querySelectorAll(bad)].map((e) => e.outerHTML),
        injectedInPanel: [...panel.querySelectorAll(bad)].map((e) => e.outerHTML),
        panelText: panel.textContent,
        articleText: document.querySelector('article').textContent,
      };
    });
    assert.ok(report.marks > 0, 'the article is highlighted');
    assert.deepEqual(report.elementsInMarks, [], 'highlights hold text only');
    assert.deepEqual(report.injectedInPage, [], 'no element made from the payloads in the page');
    assert.deepEqual(report.injectedInPanel, [], 'no element made from the payloads in the panel');
    assert.ok(report.articleText.includes(PAYLOADS[0]), 'the payload still reads as text in the article');
    assert.match(report.panelText, /Summary/);
    // Clicking every panel entry (scroll-to-mention) must not run anything either; the
    // panel's own Remove button is left for the toggle below.
    await page.evaluate(() => {
      for (const el of document.getElementById('lede-panel-host').shadowRoot.querySelectorAll('button.item')) el.click();
    });
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');

    await toggle();
    await page.waitForSelector('#lede-panel-host', { state: 'detached', timeout: 10000 });
    assert.equal(await page.evaluate(() => document.body.innerHTML), before, 'toggling off restores the page');
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');
  } finally {
    await context.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});
