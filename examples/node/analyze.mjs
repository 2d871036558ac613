// Node: analyse a file (or the seed article) and print the actors and the summary.
//   node examples/node/analyze.mjs [FILE]
import { readFile } from 'node:fs/promises';
import { createAnalyzer } from 'lede';

const file = process.argv[2] ?? new URL('../../../shared/seed/article.txt', import.meta.url);
const analyzer = await createAnalyzer();
const result = analyzer.analyze(await readFile(file, 'utf8'));

console.log(`title: ${result.title}`);
console.log(`${result.sentences.length} sentences, ${result.actors.length} actors, ${result.events.length} sanctions events`);
for (const actor of result.actors) console.log(`  ${actor.type.padEnd(7)} ${actor.name}${actor.role ? `, ${actor.role}` : ''}`);
console.log('summary:');
for (const s of result.summary) console.log(`  ${s.text}`);
