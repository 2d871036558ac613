// A stand-in for the Emscripten module, for tests of the JS wrapper's logic (web/src/analyzer.js)
// without WASM: it follows the binding's protocol (the input goes to inputBuffer(), analyze()
// returns the length of the result JSON that outputData() points at) and counts the calls.
// trap(kind, instance) says whether a call of that kind ('analyze', 'warmUp') on that instance
// (1, 2, ...) throws, as a trap or abort inside WASM would.
export function standInModule({ trap = () => false } = {}) {
  const counts = { instances: 0, warmUps: 0, analyses: 0 };
  const instantiate = async () => {
    const id = ++counts.instances;
    const heap = new Uint8Array(256);
    return {
      HEAPU8: heap,
      Analyzer: class {
        inputBuffer() { return 0; }
        warmUp() {
          ++counts.warmUps;
          if (trap('warmUp', id)) throw new WebAssembly.RuntimeError('unreachable');
        }
        analyze() {
          ++counts.analyses;
          if (trap('analyze', id)) throw new WebAssembly.RuntimeError('unreachable');
          const json = new TextEncoder().encode(JSON.stringify({ text: 'ok', sentences: [] }));
          heap.set(json, 128);
          return json.length;
        }
        outputData() { return 128; }
        delete() {}
        version() { return 'test'; }
      },
    };
  };
  return { counts, instantiate };
}
