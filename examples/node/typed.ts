// The public types in use; `tsc -p examples` checks this file against web/src/*.d.ts.
import { createAnalyzer, LedeError, type AnalysisResult, type Actor, type SanctionEvent } from 'lede';
import { createWorkerAnalyzer, type WorkerAnalyzer } from 'lede/worker';

export async function actorsByType(text: string): Promise<Map<string, Actor[]>> {
  const analyzer = await createAnalyzer({ summarySentences: 2 });
  let result: AnalysisResult;
  try {
    result = analyzer.analyze(text, { input: 'text' });
  } catch (e) {
    if (e instanceof LedeError && e.code === 'input_too_large') return new Map();
    throw e;
  } finally {
    analyzer.dispose();
  }
  const groups = new Map<string, Actor[]>();
  for (const actor of result.actors) groups.set(actor.type, [...(groups.get(actor.type) ?? []), actor]);
  // Every span slices the text.
  const firstSentence: string = result.text.slice(result.sentences[0]?.start ?? 0, result.sentences[0]?.end ?? 0);
  void firstSentence;
  return groups;
}

export function describe(event: SanctionEvent, result: AnalysisResult): string {
  const name = (id: string | null) => result.actors.find((a) => a.id === id)?.name ?? '?';
  const targets = event.targets.map((t) => (t.actor ? name(t.actor) : t.text)).join(', ');
  return `${event.imposers.map(name).join(', ')} -> ${targets}: ${event.action}${event.reason ? `, ${event.reason.text}` : ''}`;
}

export async function inWorker(html: string): Promise<number> {
  const worker: WorkerAnalyzer = await createWorkerAnalyzer();
  const result = await worker.analyze(new TextEncoder().encode(html), { input: 'html' });
  worker.dispose();
  return result.entities.length;
}
