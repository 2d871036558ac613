// The blocks API (what the extension uses): spans map back into the caller's own block text,
// exactly, with combining marks, emoji and CJK in the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, locateInBlocks, LedeError } from '../../web/src/node.js';

const analyzer = await createAnalyzer();

test('every sentence maps back to the same characters in its block', () => {
  const blocks = [
    { text: 'Home  World  Business', tag: 'a', context: ['nav'], linkShare: 1 },
    { text: '  Cafe\u0301 owners in Zoë met 中国 officials.\u00a0They said so.  ', tag: 'p', context: ['article'] },
    { text: '😀 A second paragraph\u200b follows here.', tag: 'p', context: ['article'] },
  ];
  const r = analyzer.analyzeBlocks(blocks);
  assert.ok(Array.isArray(r.blockMap));
  assert.ok(r.sentences.length >= 3);
  for (const s of r.sentences) {
    const pieces = locateInBlocks(r, s.start, s.end);
    assert.equal(pieces.length, 1);
    const original = blocks[pieces[0].block].text.slice(pieces[0].start, pieces[0].end);
    // The same text up to normalization (NFC, spaces, zero-width characters).
    const norm = (t) => t.normalize('NFC').replace(/\u200b/g, '').replace(/\s+/g, ' ');
    assert.equal(norm(original), norm(r.text.slice(s.start, s.end)));
  }
  // Unchanged stretches map one to one.
  const at = r.text.indexOf('officials');
  const [piece] = locateInBlocks(r, at, at + 'officials'.length);
  assert.equal(blocks[piece.block].text.slice(piece.start, piece.end), 'officials');
});

test('bad blocks are LedeErrors', () => {
  assert.throws(() => analyzer.analyzeBlocks('nope'), (e) => e instanceof LedeError && e.code === 'invalid_argument');
  assert.throws(() => analyzer.analyzeBlocks([{ text: 1 }]), (e) => e.code === 'invalid_argument');
  assert.throws(() => analyzer.analyzeBlocks([{ text: 'x', context: ['bogus'] }]), (e) => e.code === 'invalid_argument');
  assert.equal(analyzer.analyzeBlocks([]).text, '');
});
