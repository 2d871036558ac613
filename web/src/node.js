// Node: Emscripten 3.1.6's ES-module output cannot fetch a file: URL in Node, so the bytes are
// read here and handed over as wasmBinary.
import { readFile } from 'node:fs/promises';
import createLedeCore from '../dist/lede-core.mjs';
import { makeAnalyzer, supportsSimd, LedeError, locateInBlocks, BLOCK_CONTEXT, MAX_INPUT_BYTES } from './analyzer.js';

export { LedeError, locateInBlocks, supportsSimd, BLOCK_CONTEXT, MAX_INPUT_BYTES };

// Node 20 has WASM SIMD; the probe still decides, as in browsers (a runtime may turn it off).
const defaultWasmUrl = supportsSimd()
  ? new URL('../dist/lede-core.wasm', import.meta.url)
  : new URL('../dist/lede-core-baseline.wasm', import.meta.url);
let bytes = null;

/**
 * Loads the WASM module and returns an analyzer.
 * options.wasm: a Uint8Array/ArrayBuffer or file URL/path of lede-core.wasm (default: the package's
 * SIMD build, or its baseline build without WASM SIMD).
 */
export async function createAnalyzer(options = {}) {
  const { wasm, ...defaults } = options;
  let binary;
  if (wasm instanceof Uint8Array || wasm instanceof ArrayBuffer) {
    binary = wasm;
  } else if (wasm) {
    binary = await readFile(wasm);
  } else {
    bytes ??= await readFile(defaultWasmUrl);
    binary = bytes;
  }
  return makeAnalyzer(() => createLedeCore({ wasmBinary: binary }), defaults);
}

let shared = null;
export async function analyze(input, options) {
  shared ??= createAnalyzer();
  return (await shared).analyze(input, options);
}
