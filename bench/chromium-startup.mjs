// Visits start-up pages (bench/browser/*.html) in Debian's Chromium and returns their figures:
// `cold` visits each in a fresh browser context (empty HTTP cache), `cached` visits in one
// context after a first visit that fills the cache. Used by bench/run.mjs and bench/startup.mjs.
//
// The pages are served by scripts/serve.mjs in a process of its own, not on the event loop
// that also carries Playwright's traffic (a real site's server is not the test driver; in
// alternating runs here the two ways measured the same within the noise).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

async function startServer(root, mounts) {
  const args = [join(root, 'scripts/serve.mjs'), root, '--port', '0', '--header', 'cache-control: max-age=3600'];
  for (const [prefix, dir] of Object.entries(mounts)) args.push('--mount', `${prefix}=${dir}`);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let timer;
  try {
    const line = await new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`scripts/serve.mjs exited (${code})`)));
      timer = setTimeout(() => reject(new Error('scripts/serve.mjs did not start in 30 s')), 30000);
      createInterface({ input: child.stdout }).once('line', resolve);
    });
    const url = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(line)?.[1];
    if (!url) throw new Error(`scripts/serve.mjs said: ${line}`);
    child.removeAllListeners('exit');
    return { url, close: () => child.kill() };
  } catch (e) {
    child.kill();
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];

// Medians of each figure; a page that could not measure says why in `error`.
function summarize(list) {
  const out = {};
  for (const key of Object.keys(list[0])) {
    const values = list.map((r) => r[key]).filter((v) => typeof v === 'number');
    if (values.length) out[key] = median(values);
  }
  const failed = list.find((r) => r.error);
  if (failed) out.error = failed.error;
  return out;
}

/**
 * pages: paths under root (e.g. 'bench/browser/startup.html'), each setting window.benchResult
 * to an object of numbers. web: another folder to serve as /web/ (a saved build, for A/B).
 * Returns { [page]: { cold, cached (medians of each key), coldRuns, cachedRuns } }.
 */
export async function measureStartup({ root, shared, pages, runs = 5, web = null }) {
  const { launchChromium } = await import(join(root, 'tests/browser/chromium.mjs'));
  const server = await startServer(root, { '/bench-seed/': join(shared, 'seed'), ...(web ? { '/web/': web } : {}) });
  let browser = null;
  try {
    browser = await launchChromium();
    const visit = async (context, page) => {
      const tab = await context.newPage();
      await tab.goto(`${server.url}/${page}`);
      const r = await tab.waitForFunction(() => window.benchResult, null, { timeout: 60000 }).then((h) => h.jsonValue());
      await tab.close();
      return r;
    };
    const results = {};
    for (const page of pages) results[page] = { coldRuns: [], cachedRuns: [] };
    // Page after page within each round, so that a burst from the VM's other tenants falls on
    // all of them alike; each round starts one page further on, so that no page always follows
    // the same one.
    for (let i = 0; i < runs; ++i) {
      for (let j = 0; j < pages.length; ++j) {
        const page = pages[(i + j) % pages.length];
        const context = await browser.newContext();
        results[page].coldRuns.push(await visit(context, page));
        await context.close();
      }
    }
    for (const page of pages) {
      const context = await browser.newContext();
      for (let i = 0; i <= runs; ++i) {
        const r = await visit(context, page);
        if (i > 0) results[page].cachedRuns.push(r);  // the first visit fills the cache
      }
      await context.close();
    }
    for (const page of pages) {
      const r = results[page];
      r.cold = summarize(r.coldRuns);
      r.cached = summarize(r.cachedRuns);
    }
    return results;
  } finally {
    await browser?.close();
    server.close();
  }
}
