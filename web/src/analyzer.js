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

const INPUT_KINDS = { auto: 0, text: 1, html: 2 };

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
  };
}

// Frees the C++ analyzer when a JS wrapper is collected, so callers never call delete().
const registry = typeof FinalizationRegistry === 'function'
  ? new FinalizationRegistry((handle) => { try { handle.delete(); } catch { /* module gone */ } })
  : null;

/**
 * Wraps a module factory: `instantiate()` resolves to a fresh Emscripten module. After a fatal
 * error (a WebAssembly trap or abort) the module's state cannot be trusted, so the next call
 * builds a new instance: the analyzer stays usable.
 */
export async function makeAnalyzer(instantiate, defaults = {}) {
  let module = null;
  let native = null;
  let resetting = null;
  const token = {};

  async function ensure() {
    if (native) return;
    module = await instantiate();
    native = new module.Analyzer();
    if (registry) registry.register(token, native, token);
  }

  function drop() {
    if (registry) registry.unregister(token);
    try { native?.delete(); } catch { /* already gone */ }
    native = null;
    module = null;
  }

  function run(input, options) {
    if (typeof input !== 'string') {
      if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
        input = new TextDecoder('utf-8').decode(input);
      } else {
        throw new LedeError('invalid_argument', 'input must be a string, Uint8Array or ArrayBuffer');
      }
    }
    const o = normalizeOptions({ ...defaults, ...options });
    // Refuse what cannot fit before copying it into WASM memory (the core checks exact bytes).
    if (input.length > MAX_INPUT_BYTES) {
      throw new LedeError('input_too_large', `input is over ${MAX_INPUT_BYTES} bytes`);
    }
    let json;
    try {
      json = native.analyze(input, o.input, o.clean, o.summarySentences, o.summaryChars);
    } catch (e) {
      // A trap or abort leaves the module unusable: start a fresh instance in the background.
      drop();
      resetting = ensure().finally(() => { resetting = null; });
      throw new LedeError('internal', `the analyzer failed and is being reset: ${e && e.message ? e.message : e}`);
    }
    const result = JSON.parse(json);
    if (result.error) throw new LedeError(result.error.code, result.error.message);
    return result;
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
    /** Resolves when the analyzer is usable (again, after a reset). */
    async ready() { await (resetting ?? ensure()); },
    /** The core's version. */
    get version() { return native ? native.version() : null; },
    /** Frees the WASM memory now instead of waiting for garbage collection. */
    dispose() { drop(); },
  };
}
