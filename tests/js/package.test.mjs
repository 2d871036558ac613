// The npm package as users get it: packed, installed into an empty folder, imported by name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('../../web/', import.meta.url));
const seed = fileURLToPath(new URL('../../../shared/seed/article.txt', import.meta.url));

test('npm pack -> install into an empty folder -> import lede -> analyze the seed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-pack-'));
  try {
    execFileSync('npm', ['pack', '--silent', '--pack-destination', dir, web], { stdio: 'pipe' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    assert.ok(tarball, 'npm pack wrote a tarball');
    const listing = execFileSync('tar', ['-tzf', join(dir, tarball)], { encoding: 'utf8' });
    assert.match(listing, /package\/dist\/lede-core\.wasm/);
    assert.match(listing, /package\/dist\/lede-core-baseline\.wasm/);
    assert.match(listing, /package\/src\/index\.d\.ts/);
    const app = join(dir, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', join(dir, tarball)], { cwd: app, stdio: 'pipe' });
    writeFileSync(join(app, 'main.mjs'), `
      import { readFileSync } from 'node:fs';
      import { createAnalyzer } from 'lede';
      const a = await createAnalyzer();
      const r = a.analyze(readFileSync(${JSON.stringify(seed)}, 'utf8'));
      console.log(JSON.stringify({ sentences: r.sentences.length, text: r.text.length }));
    `);
    const out = JSON.parse(execFileSync('node', ['main.mjs'], { cwd: app, encoding: 'utf8' }));
    assert.ok(out.sentences > 15, `sentences: ${out.sentences}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the TypeScript types check on the examples', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'examples/tsconfig.json')], { stdio: 'pipe' });
});
