// The ROUGE scorer of tools/eval (rouge-score conventions) on cases computed by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { lcsIndices, meanF, rougeLsum, scoreSummary, tokenize } from '../../tools/eval/rouge.mjs';
import { porterStem } from '../../tools/eval/rouge-porter.mjs';

const close = (actual, expected, what) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} != ${expected}`);

test('tokens: lower case, [a-z0-9]+ runs, stemming only above 3 characters', () => {
  // "this" (4) is stemmed to "thi" as NLTK does; "was" (3) is not, or it would become "wa".
  assert.deepEqual(tokenize("Running dogs' EU-sanctions! This was it, 2,100 £s"), [
    'run', 'dog', 'eu', 'sanction', 'thi', 'was', 'it', '2', '100', 's',
  ]);
  assert.deepEqual(tokenize('Café déjà-vu', false), ['caf', 'd', 'j', 'vu']);
  assert.deepEqual(tokenize('  ...  '), []);
});

test("the Porter stemmer follows NLTK's NLTK_EXTENSIONS mode", () => {
  const cases = {
    caresses: 'caress', ponies: 'poni', ties: 'tie', cats: 'cat', agreed: 'agre',
    feed: 'feed', hopping: 'hop', filing: 'file', meetings: 'meet', happy: 'happi',
    enjoy: 'enjoy', dying: 'die', skies: 'sky', news: 'news', relational: 'relat',
    generalization: 'gener', hopefully: 'hope', geology: 'geolog', controlling: 'control',
    spied: 'spi', died: 'die',
  };
  for (const [word, stem] of Object.entries(cases)) assert.equal(porterStem(word), stem, word);
});

test('ROUGE-1 and ROUGE-2 by hand', () => {
  // the cat sat on the mat / the cat was on the mat: unigrams 5 of 6 shared both ways;
  // bigrams (the cat, on the, the mat) 3 of 5.
  const s = scoreSummary('The cat sat on the mat.', 'The cat was on the mat');
  close(s.rouge1.p, 5 / 6, 'R1 P');
  close(s.rouge1.r, 5 / 6, 'R1 R');
  close(s.rouge1.f, 5 / 6, 'R1 F');
  close(s.rouge2.f, 3 / 5, 'R2 F');
  // Clipped counts: "the the the" against "the cat": 1 of 3 candidate unigrams, 1 of 2 reference.
  const c = scoreSummary('the cat', 'the the the');
  close(c.rouge1.p, 1 / 3, 'clipped P');
  close(c.rouge1.r, 1 / 2, 'clipped R');
  close(c.rouge1.f, 2 / 5, 'clipped F');
  close(c.rouge2.f, 0, 'no bigram');
});

test('ROUGE-Lsum: union LCS per reference sentence, counts clipped', () => {
  // ref [a b c d] [e f], cand [a x c] [b d f]: the first reference sentence takes {a, c} from
  // one candidate sentence and {b, d} from the other (union: 4 hits), the second takes f.
  const s = scoreSummary('a b c d\ne f', 'a x c\nb d f');
  close(s.rougeLsum.p, 5 / 6, 'P');
  close(s.rougeLsum.r, 5 / 6, 'R');
  // A token is a hit only as often as it occurs on both sides: the repeated reference sentence
  // finds the candidate's tokens used up. P = 2/2, R = 2/4.
  const d = rougeLsum([['a', 'b'], ['a', 'b']], [['a', 'b']]);
  close(d.p, 1, 'clipped P');
  close(d.r, 1 / 2, 'clipped R');
  close(d.f, 2 / 3, 'clipped F');
  // Empty lines are not sentences; an empty candidate scores 0.
  close(scoreSummary('a b\n\n', 'a b\n').rougeLsum.f, 1, 'empty lines');
  close(scoreSummary('a b', '').rougeLsum.f, 0, 'empty candidate');
});

test("the LCS is read back as rouge-score's backtrack does", () => {
  // [a b] vs [b a]: both one-token LCSs exist; ties move up the reference, so "a" is taken.
  assert.deepEqual(lcsIndices(['a', 'b'], ['b', 'a']), [0]);
  assert.deepEqual(lcsIndices(['a', 'b', 'c'], ['a', 'c']), [0, 2]);
});

test('corpus figures are means of per-document F, times 100', () => {
  const m = meanF([scoreSummary('a b', 'a b'), scoreSummary('a b', 'c d')]);
  close(m.rouge1, 50, 'R1');
  close(m.rouge2, 50, 'R2');
  close(m.rougeLsum, 50, 'RLsum');
});
