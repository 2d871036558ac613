// Runs inside a Web Worker: one module instance per worker; requests answered in order.
import { createAnalyzer } from './browser.js';

const ready = createAnalyzer();

self.onmessage = async (event) => {
  const { id, input, options } = event.data;
  try {
    const analyzer = await ready;
    await analyzer.ready();
    self.postMessage({ id, result: analyzer.analyze(input, options) });
  } catch (e) {
    self.postMessage({ id, error: { code: e?.code ?? 'internal', message: String(e?.message ?? e) } });
  }
};
