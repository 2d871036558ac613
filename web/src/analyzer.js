// The JS face of the WASM core, shared by the browser and Node entries: option handling,
// result parsing, LedeError, and recovery after a fatal error inside the module.

/** An error from lede, with a stable `code` (invalid_argument, input_too_large, internal, ...). */
export class LedeError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'LedeError';
    this.code = code;
  }
}

/** The documented input limit (bytes of UTF-8), the same as the core's. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

// The most WASM memory the module may grow to (-sMAXIMUM_MEMORY in bindings/wasm/CMakeLists.txt).
// A normal analysis takes at most about ten times its input (under 350 MB at the input limit);
// text dense with events and entities (a list of headlines) can take forty. An abort with more
// than half of this in use is taken for memory running out.
const MAX_MEMORY_BYTES = 2 * 1024 * 1024 * 1024;

const INPUT_KINDS = { auto: 0, text: 1, html: 2 };

// A module whose one function uses each post-MVP feature the default build is compiled with:
// bulk memory (memory.copy), non-trapping float-to-int (i32.trunc_sat_f32_s) and SIMD
// (i8x16.splat). An engine without them (Safari before 16.4) does not validate it and gets the
// baseline build, lede-core-baseline.wasm; every other engine gets the faster default build.
const SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,  // "\0asm", version 1
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b,        // types: () -> v128
  0x03, 0x02, 0x01, 0x00,                          // functions: one of type 0
  0x05, 0x03, 0x01, 0x00, 0x00,                    // memory: 0 pages
  0x0a, 0x1a, 0x01, 0x18, 0x00,                    // code: one body of 24 bytes, no locals
  0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x0a, 0x00, 0x00,  // memory.copy 0 0 0
  0x43, 0x00, 0x00, 0x00, 0x00, 0xfc, 0x00, 0x1a,  // i32.trunc_sat_f32_s 0.0, drop
  0x41, 0x00, 0xfd, 0x0f, 0x0b,                    // i8x16.splat 0, end
]);

/**
 * Whether this engine runs WASM SIMD (and the bulk-memory and non-trapping conversion
 * instructions every SIMD engine has), so the default build can be loaded.
 */
export function supportsSimd() {
  try {
    return WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

/** Names of what the page says about a block (InputBlock.context), as the core's flag bits. */
export const BLOCK_CONTEXT = Object.freeze({
  article: 1 << 0, main: 1 << 1, nav: 1 << 2, header: 1 << 3, footer: 1 << 4, aside: 1 << 5,
  figure: 1 << 6, figcaption: 1 << 7, list: 1 << 8, table: 1 << 9, hidden: 1 << 10, form: 1 << 11,
  heading: 1 << 12, blockquote: 1 << 13, pre: 1 << 14,
});

function blocksToJson(blocks) {
  if (!Array.isArray(blocks)) throw new LedeError('invalid_argument', 'blocks must be an array');
  let total = 0;
  const plain = blocks.map((b, i) => {
    if (b === null || typeof b !== 'object' || typeof b.text !== 'string') {
      throw new LedeError('invalid_argument', `block ${i} needs a string "text"`);
    }
    total += b.text.length;
    let flags = 0;
    for (const name of b.context ?? []) {
      if (!(name in BLOCK_CONTEXT)) throw new LedeError('invalid_argument', `block ${i}: unknown context '${name}'`);
      flags |= BLOCK_CONTEXT[name];
    }
    return { text: b.text, tag: b.tag ?? '', path: b.path ?? b.tag ?? '', attrs: b.attrs ?? '', linkShare: b.linkShare ?? 0, flags, heading: b.heading ?? 0 };
  });
  if (total > MAX_INPUT_BYTES) throw new LedeError('input_too_large', `blocks hold over ${MAX_INPUT_BYTES} bytes`);
  return JSON.stringify(plain);
}

/**
 * Where [start, end) of result.text is in the caller's blocks (blocks mode): a list of
 * { block, start, end } pieces in each block's own UTF-16 offsets (a span crossing paragraphs
 * gives several pieces).
 */
export function locateInBlocks(result, start, end) {
  const out = [];
  for (const entry of result.blockMap ?? []) {
    // A paragraph is one contiguous stretch of its block: the span's part of it is the range
    // from its first overlapping piece to its last (characters dropped by normalization, such
    // as zero-width spaces, fall inside).
    let s = -1;
    let e = -1;
    for (const [ts, te, bs, be] of entry.pieces) {
      if (te <= start || ts >= end) continue;
      const exact = te - ts === be - bs;
      if (s < 0) s = exact ? bs + Math.max(0, start - ts) : bs;
      e = exact ? be - Math.max(0, te - end) : be;
    }
    if (s >= 0) out.push({ block: entry.block, start: s, end: e });
  }
  return out;
}

// Strings cross into WASM as UTF-8 made by the platform's TextEncoder, written into the
// binding's input buffer (see call()); the result comes back through one TextDecoder call.
const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();
const DIRECT_ENCODE_UNITS = 1 << 20;
function toUtf8(text) {
  return utf8Encoder.encode(text);
}

function toInt(value, fallback, name) {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < 0) {
    throw new LedeError('invalid_argument', `${name} must be a whole number >= 0`);
  }
  return value;
}

function normalizeOptions(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new LedeError('invalid_argument', 'options must be an object');
  }
  const input = options.input ?? 'auto';
  if (!(input in INPUT_KINDS)) {
    throw new LedeError('invalid_argument', "options.input must be 'auto', 'text' or 'html'");
  }
  return {
    input: INPUT_KINDS[input],
    clean: options.clean ?? true,
    summarySentences: toInt(options.summarySentences, 3, 'options.summarySentences'),
    summaryChars: toInt(options.summaryChars, 0, 'options.summaryChars'),
    extractOnly: options.extractOnly ?? false,
  };
}

// When the analyzer runs its warm-up analysis (see makeAnalyzer): 'deferred' in a task of its
// own once start-up is done, 'eager' before createAnalyzer() resolves, 'off' never (the first
// call then compiles what it runs).
const WARM_UP_WHEN = ['deferred', 'eager', 'off'];

// What an error thrown inside the module says.
const reason = (e) => (e && e.message ? e.message : e);

// Frees the C++ analyzer when a JS wrapper is collected, so callers never call delete().
const registry = typeof FinalizationRegistry === 'function'
  ? new FinalizationRegistry((handle) => { try { handle.delete(); } catch { /* module gone */ } })
  : null;

/**
 * Wraps a module factory: `instantiate()` resolves to a fresh Emscripten module. After a fatal
 * error (a WebAssembly trap or abort) the module's state cannot be trusted, so the next call
 * builds a new instance: the analyzer stays usable.
 */
export async function makeAnalyzer(instantiate, options = {}) {
  const { warmUp: warmUpWhen = 'deferred', ...defaults } = options;
  if (!WARM_UP_WHEN.includes(warmUpWhen)) {
    throw new LedeError('invalid_argument', `options.warmUp must be ${WARM_UP_WHEN.map((w) => `'${w}'`).join(', ')}`);
  }
  let module = null;
  let native = null;
  let resetting = null;
  let warm = false;  // the module has run an analysis (a call or the warm-up)
  let warmUpFailed = false;  // then no instance warms up again (no loop of resets)
  const token = {};

  // Runs the warm-up unless an analysis has run. A trap in it is a trap in the module: no
  // later instance warms up, and onTrap(e) gives the error to throw (by default the module is
  // reset, as after a failed call).
  function warmUp(onTrap = fail) {
    if (warm || !native) return;
    warm = true;
    try {
      native.warmUp();
    } catch (e) {
      warmUpFailed = true;
      throw onTrap(e);
    }
  }

  async function ensure() {
    if (native) return;
    module = await instantiate();
    native = new module.Analyzer();  // loads the model
    warm = warmUpFailed;
    if (registry) registry.register(token, native, token);
    if (warmUpWhen === 'eager') {
      // On a trap createAnalyzer() (or the reset under way) rejects; nothing is rebuilt behind it.
      warmUp((e) => {
        drop();
        return new LedeError('internal', `the warm-up analysis failed: ${reason(e)}`);
      });
    } else if (warmUpWhen === 'deferred' && !warm) {
      // A task of its own after the analyzer is handed over: the page gets the main thread
      // back in between (two tasks of about 50 ms instead of one of 100 on a slow machine),
      // and a call made before it runs does the compiling itself, so the warm-up is skipped.
      const timer = setTimeout(() => {
        try { warmUp(); } catch { /* reset under way; the next call waits for ready() */ }
      }, 0);
      timer?.unref?.();  // Node: a script that has finished does not wait for it
    }
  }

  // A trap or abort leaves the module unusable: start a fresh instance in the background and
  // return the error to throw. A failed reset is reported by ready(), never as an unhandled
  // rejection; only the reset that is still the latest clears `resetting`.
  function fail(e) {
    const memory = module?.HEAPU8?.length ?? 0;
    drop();
    const reset = ensure().finally(() => { if (resetting === reset) resetting = null; });
    reset.catch(() => {});
    resetting = reset;
    // Without exceptions in WASM, memory running out is an abort like any other; the memory
    // the module had taken tells them apart (natively the core reports out_of_memory itself).
    if (memory > MAX_MEMORY_BYTES / 2) {
      const mb = (bytes) => Math.round(bytes / 2 ** 20);
      return new LedeError('out_of_memory', `the analysis needed more than the ${mb(MAX_MEMORY_BYTES)} MB of memory `
        + `the module may use (it held ${mb(memory)} MB); the analyzer is being reset`);
    }
    return new LedeError('internal', `the analyzer failed and is being reset: ${reason(e)}`);
  }

  function drop() {
    if (registry) registry.unregister(token);
    try { native?.delete(); } catch { /* already gone */ }
    native = null;
    module = null;
  }

  // `write(heap, at, capacity)` puts the input's UTF-8 bytes at heap[at...] (at most
  // `capacity` of them) and returns how many it wrote.
  function call(method, capacity, write, options) {
    const o = normalizeOptions({ ...defaults, ...options });
    warm = true;
    let start;
    let size;
    try {
      // Into the analyzer's own buffer with one copy (Embind would copy byte by byte in JS),
      // and the result out as one decode of the bytes it left in WASM memory.
      // (The buffer first: reserving it may grow the memory and replace module.HEAPU8.)
      const at = native.inputBuffer(capacity);
      const length = write(module.HEAPU8, at, capacity);
      size = method === 'blocks'
        ? native.analyzeBlocks(length, o.clean, o.summarySentences, o.summaryChars, o.extractOnly)
        : native.analyze(length, o.input, o.clean, o.summarySentences, o.summaryChars, o.extractOnly);
      start = native.outputData();
    } catch (e) {
      throw fail(e);
    }
    let json;
    try {
      json = utf8Decoder.decode(module.HEAPU8.subarray(start, start + size));
    } catch (e) {
      // The module is sound: its result is longer than this engine's longest string (V8's is
      // 2^29 - 24 units: about 28 MB of text dense with events gives that much JSON).
      if (e instanceof RangeError) {
        throw new LedeError('output_too_large', `the result is ${size} bytes of JSON, more than this engine can `
          + `hold in one string (${reason(e)}); analyse the input in parts`);
      }
      throw fail(e);
    }
    const result = JSON.parse(json);
    if (result.error) throw new LedeError(result.error.code, result.error.message);
    return result;
  }

  function callWithBytes(method, bytes, options) {
    if (bytes.length > MAX_INPUT_BYTES) {
      throw new LedeError('input_too_large', `input is over ${MAX_INPUT_BYTES} bytes`);
    }
    return call(method, bytes.length, (heap, at) => { heap.set(bytes, at); return bytes.length; }, options);
  }

  function run(input, options) {
    if (typeof input === 'string') {
      // Every UTF-16 unit is at least one UTF-8 byte: refuse early what cannot fit.
      if (input.length > MAX_INPUT_BYTES) {
        throw new LedeError('input_too_large', `input is over ${MAX_INPUT_BYTES} bytes`);
      }
      // A page-sized string is encoded straight into WASM memory (at most 3 bytes a UTF-16
      // unit): no intermediate array and no second copy, a tenth of reader mode's time. A
      // larger one goes through an array, so the buffer is not three times its size.
      if (input.length <= DIRECT_ENCODE_UNITS) {
        return call('text', input.length * 3,
          (heap, at, capacity) => utf8Encoder.encodeInto(input, heap.subarray(at, at + capacity)).written, options);
      }
      return callWithBytes('text', toUtf8(input), options);
    }
    if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
      // Bytes go in as they are: the core validates the UTF-8 and repairs it with a warning.
      return callWithBytes('text', input instanceof ArrayBuffer ? new Uint8Array(input) : input, options);
    }
    throw new LedeError('invalid_argument', 'input must be a string, Uint8Array or ArrayBuffer');
  }

  await ensure();
  return {
    /** Analyses text or HTML; returns the result object (UTF-16 offsets into result.text). */
    analyze(input, options) {
      if (!native) {
        throw new LedeError('busy', 'the analyzer is being reset after an error; await ready() first');
      }
      return run(input, options);
    },
    /**
     * Analyses blocks the caller already has (e.g. DOM elements' text): [{text, tag?, attrs?,
     * linkShare?, context?: ['nav', 'footer', ...], heading?}]. The result adds `blockMap`;
     * locateInBlocks(result, start, end) maps any span back into the blocks.
     */
    analyzeBlocks(blocks, options) {
      if (!native) {
        throw new LedeError('busy', 'the analyzer is being reset after an error; await ready() first');
      }
      return callWithBytes('blocks', toUtf8(blocksToJson(blocks)), options);
    },
    /** Resolves when the analyzer is usable (again, after a reset). */
    async ready() { await (resetting ?? ensure()); },
    /**
     * Runs one short analysis now unless one has run: the engine compiles the analysis code at
     * its first use, and this moves that cost (tens of milliseconds; about 100 on a slow VM) to
     * a moment the caller chooses. Done by default in a task of its own after start-up
     * (options.warmUp). Does nothing during a reset or after a warm-up has failed; throws
     * LedeError('internal') if the module traps (it is then reset, as after a failed call).
     */
    warmUp() { warmUp(); },
    /** Bytes of WASM memory the module holds now (it grows on demand up to 2 GiB, never shrinks). */
    get memoryBytes() { return module ? module.HEAPU8.byteLength : 0; },
    /** The core's version. */
    get version() { return native ? native.version() : null; },
    /** Frees the WASM memory now instead of waiting for garbage collection. */
    dispose() { drop(); },
  };
}
