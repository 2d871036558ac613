// Runs inside a Web Worker: one module instance per worker; requests answered in order.
import { createAnalyzer } from './browser.js';

const ready = createAnalyzer();

self.onmessage = async (event) => {
  const { id, op, input, options } = event.data;
  try {
    const analyzer = await ready;
    await analyzer.ready();
    const result = op === 'blocks' ? analyzer.analyzeBlocks(input, options) : analyzer.analyze(input, options);
    self.postMessage({ id, result });
  } catch (e) {
    self.postMessage({ id, error: { code: e?.code ?? 'internal', message: String(e?.message ?? e) } });
  }
};
