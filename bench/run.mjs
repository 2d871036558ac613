// The benchmark harness: one command prints the table and writes docs/benchmarks.{json,md}.
//   node bench/run.mjs [--quick]
// Native per-stage numbers (Google Benchmark), batch throughput on 1 and 2 threads, scaling
// 1 KB -> 10 MB with peak memory, WASM in Node side by side with compromise and Readability +
// linkedom, WASM start-up in Chromium (beside compromise's start-up and this machine's floor),
// and sizes. Machines are shared and noisy: compare the ratios measured in one run, not
// absolute numbers across runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));
const shared = join(root, '../shared');
const quick = process.argv.includes('--quick');
const cli = join(root, 'build/release/bindings/cli/lede');
const work = mkdtempSync(join(tmpdir(), 'lede-bench-'));
const out = { machine: {}, native: {}, batch: {}, scaling: [], wasmNode: {}, chromium: {}, size: {} };
const log = (...a) => console.error('bench:', ...a);

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  return v[v.length >> 1];
}

// Best of `repeats` (as Python's timeit advises): on a shared machine the other tenants only
// ever add time, so the fastest run is the closest to what the code costs. Every side of a
// ratio is timed the same way.
function time(fn, repeats) {
  let best = Infinity;
  for (let i = 0; i < repeats; ++i) {
    const s = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - s) / 1e6);
  }
  return best;
}

// --- corpora --------------------------------------------------------------------------
const articles = readFileSync(join(shared, 'corpus/cnndm-dev/articles.jsonl'), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l).article);
const pages = readdirSync(join(shared, 'corpus/aeb-dev/html')).filter((f) => f.endsWith('.html.gz')).sort()
  .map((f) => gunzipSync(readFileSync(join(shared, 'corpus/aeb-dev/html', f))).toString('utf8'));
const seed = readFileSync(join(shared, 'seed/article.txt'), 'utf8');
mkdirSync(join(work, 'text'));
mkdirSync(join(work, 'html'));
articles.forEach((a, i) => writeFileSync(join(work, 'text', `${String(i).padStart(4, '0')}.txt`), a));
pages.forEach((p, i) => writeFileSync(join(work, 'html', `${String(i).padStart(4, '0')}.html`), p));
const textBytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
const htmlBytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);

// --- machine --------------------------------------------------------------------------
const firstLine = (cmd, args) => { try { return execFileSync(cmd, args, { encoding: 'utf8' }).split('\n')[0]; } catch { return 'n/a'; } };
out.machine = {
  cpu: cpus()[0]?.model, cores: cpus().length, node: process.version,
  compiler: firstLine('c++', ['--version']), emscripten: firstLine('emcc', ['--version']),
  date: new Date().toISOString(),
};

// --- native ---------------------------------------------------------------------------
log('native build');
execFileSync('cmake', ['--preset', 'release', '-DLEDE_BUILD_BENCH=ON'], { cwd: root, stdio: 'ignore' });
execFileSync('cmake', ['--build', '--preset', 'release'], { cwd: root, stdio: 'ignore' });
log('native stages');
const bench = spawnSync(join(root, 'build/release/bench/native/lede_bench'),
  ['--benchmark_format=json', `--benchmark_min_time=${quick ? 0.1 : 0.5}`], {
    encoding: 'utf8', maxBuffer: 1 << 26,
    env: { ...process.env, LEDE_BENCH_TEXT_DIR: join(work, 'text'), LEDE_BENCH_HTML_DIR: join(work, 'html'), LEDE_BENCH_SEED: join(shared, 'seed/article.txt') },
  });
for (const b of JSON.parse(bench.stdout).benchmarks) {
  out.native[b.name.replace(/^BM_/, '')] = {
    msPerIteration: b.time_unit === 'ms' ? b.real_time : b.real_time / 1000,
    mbPerS: b.bytes_per_second ? b.bytes_per_second / 1e6 : undefined,
    docsPerS: b['docs/s'], tokensPerS: b['tokens/s'], error: b.error_message,
  };
}

// --- batch: JSON lines on 1 and 2 threads ---------------------------------------------
log('batch');
const jsonl = articles.map((a, i) => JSON.stringify({ id: i, text: a })).join('\n');
for (const threads of [1, 2]) {
  const ms = time(() => execFileSync(cli, ['analyze', '--jsonl', '--threads', String(threads)], { input: jsonl, maxBuffer: 1 << 28 }), quick ? 1 : 3);
  out.batch[`threads${threads}`] = { articlesPerS: articles.length / (ms / 1000), mbPerS: textBytes / 1e6 / (ms / 1000) };
}

// --- scaling: time per byte and peak memory from 1 KB to 10 MB ------------------------
log('scaling');
// Distinct articles only: repeating a corpus would make cleaning drop the repeats as duplicates
// and the large inputs would measure less work. CNN/DailyMail, then BBC, then Reuters-21578
// (its hard-wrapped lines joined), in a fixed order: some 20 MB, of which a prefix is taken.
const bbcDir = join(shared, 'corpus/summ-bbc/articles');
const bbc = readdirSync(bbcDir).sort().flatMap((topic) => readdirSync(join(bbcDir, topic)).sort()
  .map((f) => readFileSync(join(bbcDir, topic, f), 'utf8')));
const reuters = readFileSync(join(shared, 'corpus/unlabeled/reuters21578.jsonl'), 'utf8').trim().split('\n')
  .map((l) => JSON.parse(l).text.replace(/\n(?!\n)/g, ' '));
const corpusText = [...articles, ...bbc, ...reuters].join('\n\n');
// `lede analyze --jsonl FILE` (output to /dev/null; a failed run fails the timing): CPU seconds (user + system, from bash's
// `times`, to the millisecond; /usr/bin/time rounds to 10 ms, 1.5 % of a run here) and peak
// RSS from /usr/bin/time, in MB of 10^6 bytes (the unit of the inputs' sizes). CPU time, not
// wall time: the process is single-threaded, and on a shared VM the wall clock also counts
// the time other tenants hold the core.
function timedCli(file) {
  const res = spawnSync('bash', ['-c', '/usr/bin/time -f %M "$@" > /dev/null && times', 'lede', cli, 'analyze', '--jsonl', file], { encoding: 'utf8' });
  const maxKb = Number(res.stderr.trim().split('\n').pop());
  // `times`: the shell's user and system time, then its children's ("0m0.612s 0m0.012s").
  const seconds = res.stdout.trim().split('\n').pop().split(' ')
    .map((t) => { const [, m, sec] = /(\d+)m([\d.]+)s/.exec(t); return Number(m) * 60 + Number(sec); })
    .reduce((a, b) => a + b, 0);
  if (res.status !== 0 || !(maxKb > 0) || !(seconds >= 0)) throw new Error(`timing ${file} failed: ${res.stderr}`);
  return { seconds, peakRssMb: (maxKb * 1024) / 1e6 };
}
const scaleFiles = [];
for (const size of [1e3, 1e4, 1e5, 1e6, 1e7]) {
  if (corpusText.length < size) throw new Error(`scaling: only ${corpusText.length} characters of distinct text`);
  // Small sizes run many inputs in one process so process start-up does not dominate, each a
  // different slice of the text: the same slice again would be analysed with every word
  // already known (the NER keeps its word types across a thread's documents).
  const repeats = Math.max(1, Math.round(2e6 / size));
  if (corpusText.length < size * repeats) throw new Error(`scaling: too little text for ${repeats} x ${size}`);
  const texts = Array.from({ length: repeats }, (_, i) => corpusText.slice(i * size, (i + 1) * size));
  const file = join(work, `scale-${size}.txt`);
  writeFileSync(file, texts[0]);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / repeats;  // mean per input
  const lines = texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n');
  writeFileSync(`${file}.jsonl`, lines);
  scaleFiles.push({ file: `${file}.jsonl`, bytes, repeats, seconds: Infinity, rss: 0 });
}
// Round by round over the sizes (not three runs of one size, then the next): a burst from the
// VM's other tenants then slows one run of several sizes, not every run of one size. Nine
// rounds: on this VM one size's runs spread over 0.70-1.13 s within minutes, and the best of
// five still left the sizes 1.25x apart where the best of seven of the same runs gave 1.11x
// (docs/performance.md, eighth pass); the ratio of the slowest size to the fastest is biased
// upwards by whatever noise the best runs keep.
for (let r = 0; r < (quick ? 1 : 9); ++r) {
  for (const s of scaleFiles) {
    const run = timedCli(s.file);
    s.seconds = Math.min(s.seconds, run.seconds);  // best run, as time() does
    s.rss = Math.max(s.rss, run.peakRssMb);
  }
}
for (const s of scaleFiles) {
  out.scaling.push({ bytes: s.bytes, repeats: s.repeats, nsPerByte: (s.seconds * 1e9) / (s.bytes * s.repeats), peakRssMb: s.rss });
}
// "Model" in the memory budget: the resident size of the CLI with its model and gazetteers
// loaded, read as the peak RSS of analysing one short line.
{
  const file = join(work, 'tiny.jsonl');
  writeFileSync(file, `${JSON.stringify({ id: 0, text: 'Hello.' })}\n`);
  out.modelRssMb = timedCli(file).peakRssMb;
}
const perByte = out.scaling.map((s) => s.nsPerByte);
out.scalingRatio = Math.max(...perByte) / Math.min(...perByte);

// --- WASM in Node, side by side --------------------------------------------------------
log('wasm in node');
const { createAnalyzer } = await import(join(root, 'web/src/node.js'));
const t0 = performance.now();
const analyzer = await createAnalyzer();
out.wasmNode.startupMs = performance.now() - t0;
let t1 = performance.now();
analyzer.analyze(seed);
out.wasmNode.seedFirstMs = performance.now() - t1;
for (let i = 0; i < 200; ++i) analyzer.analyze(seed);  // to the steady state (as in Chromium)
// The seed's latency is a median (what a reader typically waits), not a best case.
const seedTimes = [];
for (let i = 0; i < 50; ++i) {
  const s0 = performance.now();
  analyzer.analyze(seed);
  seedTimes.push(performance.now() - s0);
}
out.wasmNode.seedMs = median(seedTimes);
const sample = articles.slice(0, quick ? 40 : 318);
const sampleBytes = sample.reduce((n, a) => n + Buffer.byteLength(a), 0);
const { default: nlp } = await import(join(root, 'bench/node_modules/compromise/src/three.js'));
// The two sides take turns, pass for pass: the other tenants' bursts (a third or more of a
// pass here) then fall on both alike, instead of on whichever ran during one.
// The baseline build (no WASM SIMD; what engines without SIMD load) takes its turn too.
const baseline = await createAnalyzer({ wasm: join(root, 'web/dist/lede-core-baseline.wasm') });
for (let i = 0; i < 200; ++i) baseline.analyze(seed);
let ledeTextMs = Infinity;
let baselineTextMs = Infinity;
let compromiseMs = Infinity;
for (let round = 0; round < (quick ? 1 : 5); ++round) {
  ledeTextMs = Math.min(ledeTextMs, time(() => { for (const a of sample) analyzer.analyze(a, { clean: false }); }, 1));
  baselineTextMs = Math.min(baselineTextMs, time(() => { for (const a of sample) baseline.analyze(a, { clean: false }); }, 1));
  compromiseMs = Math.min(compromiseMs, time(() => {
    for (const a of sample) {
      const doc = nlp(a);
      doc.people().out('array'); doc.places().out('array'); doc.organizations().out('array');
    }
  }, 1));
}
out.wasmNode.fullAnalysisMbPerS = sampleBytes / 1e6 / (ledeTextMs / 1000);
out.wasmNode.compromiseEntitiesMbPerS = sampleBytes / 1e6 / (compromiseMs / 1000);
out.wasmNode.vsCompromise = compromiseMs / ledeTextMs;
out.wasmNode.baselineVsCompromise = compromiseMs / baselineTextMs;
baseline.dispose();

const { Readability } = await import(join(root, 'bench/node_modules/@mozilla/readability/index.js'));
const { parseHTML } = await import(join(root, 'bench/node_modules/linkedom/esm/index.js'));
const ledePage = [];
const readabilityPage = [];
for (const p of pages) {
  // Like for like: Readability extracts the article, so lede runs in reader mode (extractOnly).
  ledePage.push(time(() => analyzer.analyze(p, { input: 'html', extractOnly: true }), quick ? 1 : 3));
  readabilityPage.push(time(() => { const { document } = parseHTML(p); new Readability(document).parse(); }, quick ? 1 : 3));
}
out.wasmNode.cleanPageMedianMs = median(ledePage);
// Throughput over all the pages (each page's best time, summed), as the native stages report.
const ledeTotalMs = ledePage.reduce((a, b) => a + b, 0);
out.wasmNode.cleanPagesPerS = pages.length / (ledeTotalMs / 1000);
out.wasmNode.cleanMbPerS = pages.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1e6 / (ledeTotalMs / 1000);
out.wasmNode.readabilityPageMedianMs = median(readabilityPage);
out.wasmNode.vsReadability = median(readabilityPage) / median(ledePage);

// --- WASM in Chromium ------------------------------------------------------------------
log('chromium');
try {
  const { measureStartup } = await import(join(root, 'bench/chromium-startup.mjs'));
  // Cold: a fresh browser context each visit (empty HTTP cache). Cached: later visits in one
  // context, the .wasm from the HTTP cache (served with a one-hour max-age). In the same rounds
  // as lede's start-up page:
  // - the floor page: an empty module and a two-byte file, what any start-up costs on this
  //   machine before the package does anything;
  // - the module alone: the glue and the .wasm fetched, compiled and instantiated as the loader
  //   does it, no analyzer constructed (the model not yet loaded): what a module of lede's
  //   size costs here;
  // - compromise's start-up, the library the full-analysis ratio compares with: its bundled ES
  //   module imported (ready), then its entity pass on the seed (first result);
  // - lede's page with the README's preload hints, compared from the navigation's start (its
  //   fetches begin before the page's script runs, the moment startupMs counts from).
  const startupPage = 'bench/browser/startup.html';
  const hintsPage = 'bench/browser/startup.html?hints';
  const moduleOnlyPage = 'bench/browser/startup-module-only.html';
  const compromisePage = 'bench/browser/startup-compromise.html';
  const floorPage = 'bench/browser/floor.html';
  const r = await measureStartup({
    root, shared, pages: [startupPage, hintsPage, moduleOnlyPage, compromisePage, floorPage], runs: quick ? 2 : 5,
  });
  const lede = r[startupPage];
  const compromise = r[compromisePage];
  out.chromium = {
    startupMs: lede.cold.startupMs, startupCachedMs: lede.cached.startupMs,
    fromNavigationMs: lede.cold.fromNavigationMs, hintsFromNavigationMs: r[hintsPage].cold.fromNavigationMs,
    floorFromNavigationMs: r[floorPage].cold.fromNavigationMs,
    firstResultMs: lede.cold.firstResultMs, seedFirstMs: lede.cold.seedFirstMs,
    seedMs: median(lede.coldRuns.map((x) => x.seedMedianMs)),
    floorMs: r[floorPage].cold.totalMs, floorCachedMs: r[floorPage].cached.totalMs,
    moduleOnlyMs: r[moduleOnlyPage].cold.totalMs, moduleOnlyCachedMs: r[moduleOnlyPage].cached.totalMs,
    compromiseStartupMs: compromise.cold.startupMs, compromiseStartupCachedMs: compromise.cached.startupMs,
    compromiseFirstResultMs: compromise.cold.firstResultMs,
    startupRuns: lede.coldRuns.map((x) => x.startupMs), floorRuns: r[floorPage].coldRuns.map((x) => x.totalMs),
    moduleOnlyRuns: r[moduleOnlyPage].coldRuns.map((x) => x.totalMs),
    compromiseStartupRuns: compromise.coldRuns.map((x) => x.startupMs),
    moduleOnlyError: r[moduleOnlyPage].cold.error, compromiseError: compromise.cold.error,
  };
} catch (e) {
  out.chromium = { error: String(e.message ?? e) };
}

// --- sizes ------------------------------------------------------------------------------
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const wasm = readFileSync(join(root, 'web/dist/lede-core.wasm'));  // the SIMD build browsers load
const baselineWasm = readFileSync(join(root, 'web/dist/lede-core-baseline.wasm'));
const js = Buffer.concat([readFileSync(join(root, 'web/dist/lede-core.mjs')),
  ...['analyzer.js', 'browser.js'].map((f) => readFileSync(join(root, 'web/src', f)))]);
const dataFiles = [];
const walk = (dir) => {
  for (const f of readdirSync(dir, { withFileTypes: true })) {
    if (f.isDirectory()) walk(join(dir, f.name));
    else if (!f.name.endsWith('.cmake') && !f.name.endsWith('.md')) dataFiles.push(join(dir, f.name));
  }
};
try { walk(join(root, 'core/data')); } catch { /* no data yet */ }
const data = Buffer.concat(dataFiles.map((f) => readFileSync(f)));
out.size = {
  wasmKb: wasm.length / 1024, wasmGzKb: gz(wasm) / 1024, jsKb: js.length / 1024, jsGzKb: gz(js) / 1024,
  totalGzKb: (gz(wasm) + gz(js)) / 1024, dataGzKb: gz(data) / 1024,
  baselineWasmKb: baselineWasm.length / 1024, baselineWasmGzKb: gz(baselineWasm) / 1024,
};
rmSync(work, { recursive: true, force: true });

// --- report -----------------------------------------------------------------------------
const f = (x, d = 1) => (x === undefined || Number.isNaN(x) ? 'n/a' : Number(x).toFixed(d));
const stage = (name) => out.native[name] ?? {};
const rows = [
  ['full analysis, WASM in Node, vs compromise entity pass', '≥ 20× its throughput', `${f(out.wasmNode.vsCompromise)}× (${f(out.wasmNode.fullAnalysisMbPerS, 2)} vs ${f(out.wasmNode.compromiseEntitiesMbPerS, 2)} MB/s; the build without SIMD ${f(out.wasmNode.baselineVsCompromise)}×)`],
  ['cleaning, WASM in Node, vs Readability + linkedom', '≥ 10× faster', `${f(out.wasmNode.vsReadability)}× (median page ${f(out.wasmNode.cleanPageMedianMs, 2)} vs ${f(out.wasmNode.readabilityPageMedianMs, 2)} ms)`],
  ['native NER', '≥ 500k tokens/s per core', `${f((stage('Entities').tokensPerS ?? 0) / 1000, 0)}k tokens/s`],
  ['.wasm + JS, gzipped, everything included', '≤ 1.5 MB', `${f(out.size.totalGzKb, 0)} KB (model + gazetteer data ${f(out.size.dataGzKb, 0)} KB)`],
  ['start-up in Chromium', '≤ 100 ms', out.chromium.error ? `n/a: ${out.chromium.error}` : `${f(out.chromium.startupMs)} ms cold, ${f(out.chromium.startupCachedMs)} ms cached; compromise ${f(out.chromium.compromiseStartupMs)} ms cold, ${f(out.chromium.compromiseStartupCachedMs)} cached (ready ${f(out.chromium.compromiseStartupMs / out.chromium.startupMs)}× later than lede)${out.chromium.compromiseError ? ` [compromise's page: ${out.chromium.compromiseError}]` : ''}; on this machine an empty module and a 2-byte file take ${f(out.chromium.floorMs)} ms cold, ${f(out.chromium.floorCachedMs)} cached, and lede's module before the model load (no analyzer constructed) ${f(out.chromium.moduleOnlyMs)} ms cold, ${f(out.chromium.moduleOnlyCachedMs)} cached${out.chromium.moduleOnlyError ? ` [${out.chromium.moduleOnlyError}]` : ''}; first result (start-up + the seed's first analysis) ${f(out.chromium.firstResultMs)} ms cold, compromise's ${f(out.chromium.compromiseFirstResultMs)}; from the navigation's start, cold: ${f(out.chromium.fromNavigationMs)} ms, ${f(out.chromium.hintsFromNavigationMs)} with the README's preload hints, floor ${f(out.chromium.floorFromNavigationMs)}`],
  ['seed article, end to end in WASM', '≤ 5 ms', `${f(out.wasmNode.seedMs, 2)} ms Node, ${f(out.chromium.seedMs, 2)} ms Chromium (first call after start-up ${f(out.chromium.seedFirstMs, 1)} ms, before the warm-up)`],
  ['scaling 1 KB → 10 MB', 'per-byte time within 1.3×', `${f(out.scalingRatio, 2)}×`],
  ['peak memory for a 10 MB input', '≤ 8× input + model', `${f(out.scaling.at(-1)?.peakRssMb, 1)} MB for ${f(out.scaling.at(-1)?.bytes / 1e6, 1)} MB (budget ${f(8 * out.scaling.at(-1)?.bytes / 1e6 + out.modelRssMb, 1)} MB: 8 × input + ${f(out.modelRssMb, 1)} MB resident with the model loaded)`],
];
const md = [
  '# Benchmarks', '',
  `Machine: ${out.machine.cpu}, ${out.machine.cores} cores; Node ${out.machine.node}; ${out.machine.compiler}; ${out.machine.emscripten}; ${out.machine.date}.`,
  'Produced by `node bench/run.mjs`. Ratios are measured in one run on the same machine; each time is the best of several runs (the machine is shared).', '',
  '| measure | budget | measured |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`), '',
  `Cleaning (reader mode) in WASM in Node over the ${pages.length} pages: ${f(out.wasmNode.cleanPagesPerS, 0)} pages/s, ${f(out.wasmNode.cleanMbPerS, 1)} MB/s (HtmlToBlocks and CleanHtml below are the native figures).`, '',
  '## Native stages', '', '| stage | ms per pass | MB/s | docs/s | tokens/s |', '| --- | --- | --- | --- | --- |',
  ...Object.entries(out.native).map(([k, v]) => `| ${k} | ${f(v.msPerIteration, 2)} | ${f(v.mbPerS)} | ${f(v.docsPerS, 0)} | ${f(v.tokensPerS, 0)} |`), '',
  '## Batch (JSON lines, CNN/DailyMail articles)', '', '| threads | articles/s | MB/s |', '| --- | --- | --- |',
  ...Object.entries(out.batch).map(([k, v]) => `| ${k.replace('threads', '')} | ${f(v.articlesPerS, 0)} | ${f(v.mbPerS, 2)} |`), '',
  '## Scaling', '', '| input | CPU ns/byte | peak RSS MB |', '| --- | --- | --- |',
  ...out.scaling.map((s) => `| ${f(s.bytes / 1e3, 0)} KB | ${f(s.nsPerByte, 1)} | ${f(s.peakRssMb, 0)} |`), '',
  '## Size', '', `.wasm ${f(out.size.wasmKb, 0)} KB (${f(out.size.wasmGzKb, 0)} KB gzipped); JS ${f(out.size.jsKb, 0)} KB (${f(out.size.jsGzKb, 0)} KB gzipped). A browser loads one .wasm: the SIMD build above, or where the engine has no WASM SIMD the baseline build, ${f(out.size.baselineWasmKb, 0)} KB (${f(out.size.baselineWasmGzKb, 0)} KB gzipped).`, '',
];
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs/benchmarks.json'), `${JSON.stringify(out, null, 2)}\n`);
writeFileSync(join(root, 'docs/benchmarks.md'), md.join('\n'));
// The README's Performance section shows the same table: its rows are replaced in place.
{
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = /(\| measure \| budget \| measured \|\n\| --- \| --- \| --- \|\n)(?:\|.*\n)+/;
  if (!table.test(readme)) throw new Error('README.md has no "| measure | budget | measured |" table to update');
  writeFileSync(join(root, 'README.md'), readme.replace(table, (_, head) => `${head}${rows.map((r) => `| ${r.join(' | ')} |\n`).join('')}`));
}
console.log(md.join('\n'));
