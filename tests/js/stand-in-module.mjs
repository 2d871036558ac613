// A stand-in for the Emscripten module, for tests of the JS wrapper's logic (web/src/analyzer.js)
// without WASM: it follows the binding's protocol (the input goes to inputBuffer(), analyze()
// returns the length of the result JSON that outputData() points at) and counts the calls.
// trap(kind, instance) says whether a call of that kind ('analyze', 'warmUp') on that instance
// (1, 2, ...) throws, as a trap or abort inside WASM would. memoryBytes(instance): the memory
// the instance says it holds (HEAPU8.length), as a module grown near its maximum would.
// oversized(call): whether the n-th analysis's result (1, 2, ...) cannot become a JS string,
// as a result longer than the engine's longest string cannot (the decode throws RangeError).
export function standInModule({ trap = () => false, memoryBytes = () => 256, oversized = () => false } = {}) {
  const counts = { instances: 0, warmUps: 0, analyses: 0 };
  const instantiate = async () => {
    const id = ++counts.instances;
    const heap = new Uint8Array(256);
    let resultOversized = false;  // the result the last analyze() left cannot be decoded
    const view = new Proxy(heap, {
      get(target, key) {
        if (key === 'length') return memoryBytes(id);
        if (key === 'subarray' && resultOversized) {
          resultOversized = false;
          return () => { throw new RangeError('Invalid string length'); };
        }
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    return {
      HEAPU8: view,
      Analyzer: class {
        inputBuffer() { return 0; }
        warmUp() {
          ++counts.warmUps;
          if (trap('warmUp', id)) throw new WebAssembly.RuntimeError('unreachable');
        }
        analyze() {
          ++counts.analyses;
          if (trap('analyze', id)) throw new WebAssembly.RuntimeError('unreachable');
          resultOversized = oversized(counts.analyses);
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
