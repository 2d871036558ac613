// Shared by the summary evaluation and training scripts: the CNN/DailyMail dev articles and
// their fixed train / held-out split.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = process.env.LEDE_SHARED_DIR || join(root, '../shared');
export const cnndmPath = join(sharedDir, 'corpus/cnndm-dev/articles.jsonl');

// The split is a property of each article's id (a SHA-1 hex digest), not of file order, so it
// never moves when the file is re-sorted or grows: ids starting 0-7 train, 8-f are held out.
export function isHeldOut(id) {
  return parseInt(String(id)[0], 16) >= 8;
}

export function readCnndm(path = cnndmPath) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l))
    .map((r) => ({
      id: r.id,
      text: r.article,
      // rouge-score's Lsum reads sentences from lines: one highlight per line.
      reference: r.highlights.join('\n'),
      tokenized: Boolean(r.article_tokenized),
      heldOut: isHeldOut(r.id),
    }));
}
