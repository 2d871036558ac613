// The same calls as the main entry, run in a Web Worker so the page stays responsive on long
// articles. Uint8Array/ArrayBuffer inputs are transferred, not copied.
import { LedeError, locateInBlocks, BLOCK_CONTEXT } from './analyzer.js';

export { LedeError, locateInBlocks, BLOCK_CONTEXT };

export async function createWorkerAnalyzer(options = {}) {
  const worker = options.worker
    ?? new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  const pending = new Map();
  let next = 0;
  worker.onmessage = (event) => {
    const { id, result, error } = event.data;
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (error) p.reject(new LedeError(error.code, error.message));
    else p.resolve(result);
  };
  worker.onerror = (event) => {
    for (const p of pending.values()) p.reject(new LedeError('internal', event.message || 'worker failed'));
    pending.clear();
  };
  function request(op, input, analyzeOptions, transfer) {
    const id = next++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, input, options: analyzeOptions }, transfer);
    });
  }
  return {
    analyze(input, analyzeOptions) {
      const transfer = input instanceof ArrayBuffer ? [input]
        : input instanceof Uint8Array ? [input.buffer] : [];
      return request('text', input, analyzeOptions, transfer);
    },
    analyzeBlocks(blocks, analyzeOptions) {
      return request('blocks', blocks, analyzeOptions, []);
    },
    dispose() {
      worker.terminate();
      for (const p of pending.values()) p.reject(new LedeError('internal', 'the worker was disposed'));
      pending.clear();
    },
  };
}
