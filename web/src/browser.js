// Browsers, workers and bundlers: the .wasm is found next to this package's dist/ through
// `new URL(..., import.meta.url)`, which Vite, webpack and Rollup turn into an emitted asset.
import createLedeCore from '../dist/lede-core.mjs';
import { makeAnalyzer, supportsSimd, LedeError, locateInBlocks, BLOCK_CONTEXT, MAX_INPUT_BYTES } from './analyzer.js';

export { LedeError, locateInBlocks, supportsSimd, BLOCK_CONTEXT, MAX_INPUT_BYTES };

// Both builds are named here with literal URLs, so that bundlers emit both; a browser fetches
// one of them.
const simdWasmUrl = new URL('../dist/lede-core.wasm', import.meta.url);
const baselineWasmUrl = new URL('../dist/lede-core-baseline.wasm', import.meta.url);

function instantiateFrom(wasm) {
  // A failed fetch or compile rejects the returned promise (Emscripten's own promise would
  // wait forever: its instantiateWasm hook has no way to report a failure).
  return () => new Promise((resolve, reject) => {
    createLedeCore({
      instantiateWasm(imports, receive) {
        const source = wasm instanceof Uint8Array || wasm instanceof ArrayBuffer
          ? WebAssembly.instantiate(wasm, imports)
          : fetch(wasm, { credentials: 'same-origin' }).then((response) => {
            if (!response.ok) throw new LedeError('internal', `cannot load ${wasm}: HTTP ${response.status}`);
            // Streaming compile needs the application/wasm type; fall back to bytes otherwise.
            return WebAssembly.instantiateStreaming
              ? WebAssembly.instantiateStreaming(response.clone(), imports)
                .catch(() => response.arrayBuffer().then((b) => WebAssembly.instantiate(b, imports)))
              : response.arrayBuffer().then((b) => WebAssembly.instantiate(b, imports));
          });
        source.then((r) => receive(r.instance, r.module), reject);
        return {};
      },
    }).then(resolve, reject);
  });
}

/**
 * Loads the WASM module and returns an analyzer.
 * options.wasm: a URL, Uint8Array or ArrayBuffer of lede-core.wasm (default: the package's
 * SIMD build, or its baseline build where the engine has no WASM SIMD).
 */
export async function createAnalyzer(options = {}) {
  const { wasm = supportsSimd() ? simdWasmUrl : baselineWasmUrl, ...defaults } = options;
  return makeAnalyzer(instantiateFrom(wasm), defaults);
}

/** One-shot convenience: loads an analyzer once and analyses `input`. */
let shared = null;
export async function analyze(input, options) {
  shared ??= createAnalyzer();
  return (await shared).analyze(input, options);
}
