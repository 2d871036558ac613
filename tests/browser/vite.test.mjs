// The package in a bundler and a browser: the Vite example app is built against the packed
// tarball, served on 127.0.0.1 and loaded in Debian's Chromium, which must show a result
// computed by the WASM module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serve } from '../../scripts/serve.mjs';
import { launchChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('a Vite 7 build of a page importing lede runs the WASM module in Chromium', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-vite-'));
  let server;
  let browser;
  try {
    execFileSync('npm', ['pack', '--silent', '--pack-destination', dir, join(root, 'web')], { stdio: 'pipe' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    const app = join(dir, 'app');
    cpSync(join(root, 'examples/vite-app'), app, { recursive: true });
    // Only the tarball is installed: the example's devDependency on Vite would make npm ask the
    // registry for Vite's metadata, which --offline refuses on a machine whose npm cache has
    // only the tarballs `npm ci` fetched (a clean CI machine). Vite is the workspace's (below).
    const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
    delete manifest.devDependencies;
    delete manifest.dependencies;
    writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', '--no-save', join(dir, tarball)],
      { cwd: app, stdio: 'pipe' });
    // vite.config.js imports 'vite': let it resolve to the workspace's copy.
    if (!existsSync(join(app, 'node_modules/vite'))) {
      symlinkSync(join(root, 'node_modules/vite'), join(app, 'node_modules/vite'), 'dir');
    }
    await build({ root: app, logLevel: 'error', configFile: join(app, 'vite.config.js') });
    const assets = readdirSync(join(app, 'dist/assets'));
    // Both builds are emitted (SIMD and baseline); a browser fetches the one its engine runs.
    assert.equal(assets.filter((f) => f.endsWith('.wasm')).length, 2, `Vite emitted both .wasm files: ${assets}`);

    server = await serve(join(app, 'dist'));
    browser = await launchChromium();
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.getElementById('status').textContent !== 'loading…', null, { timeout: 30000 });
    assert.equal(await page.textContent('#status'), 'ready', errors.join('\n'));
    const result = JSON.parse(await page.textContent('#result'));
    assert.equal(result.sentences, 3);
    assert.ok(result.summary.length > 0);
    mkdirSync(join(root, 'artifacts'), { recursive: true });
    await page.screenshot({ path: join(root, 'artifacts/vite-example.png') });
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
