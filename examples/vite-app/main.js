import { createAnalyzer } from 'lede';

const text = 'The European Union imposed sanctions on two Chechen officials on Monday. ' +
  'Russia said it would respond. Officials in Moscow called the move unlawful.';
const status = document.getElementById('status');
try {
  const analyzer = await createAnalyzer();
  const result = analyzer.analyze(text);
  document.getElementById('result').textContent = JSON.stringify({
    sentences: result.sentences.length,
    summary: result.summary.map((s) => s.text),
  }, null, 2);
  status.textContent = 'ready';
} catch (e) {
  status.textContent = `error: ${e.message}`;
}
