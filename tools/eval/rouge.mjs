// ROUGE as Google's rouge-score package computes it (rouge_score/rouge_scorer.py, tokenize.py),
// so figures here compare with published ones:
//   - text is lowercased, every run of characters outside [a-z0-9] becomes a space, tokens are
//     the [a-z0-9]+ runs;
//   - with stemming (the default here, `use_stemmer=True` in rouge-score), tokens longer than 3
//     characters go through NLTK's PorterStemmer in its default NLTK_EXTENSIONS mode;
//   - ROUGE-N: clipped n-gram overlap; precision over the candidate's n-grams, recall over the
//     reference's (each denominator at least 1);
//   - ROUGE-Lsum: summary-level LCS; sentences are the non-empty lines; for each reference
//     sentence the union of its LCS positions with every candidate sentence, each token counted
//     at most as often as it occurs on both sides (ROUGE 1.5.5's rule);
//   - F = 2PR / (P + R), 0 when P + R = 0; corpus figures are means of per-document F.
//
//   import { scoreSummary } from './rouge.mjs';
//   scoreSummary('ref line 1\nref line 2', 'cand line 1\ncand line 2')
//     -> { rouge1: {p, r, f}, rouge2: {p, r, f}, rougeLsum: {p, r, f} }

import { porterStem } from './rouge-porter.mjs';

const stemCache = new Map();

function stemCached(word) {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = porterStem(word);
    if (stemCache.size < 200000) stemCache.set(word, s);
  }
  return s;
}

export function tokenize(text, stem = true) {
  const lowered = String(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  const out = [];
  for (const raw of lowered.split(' ')) {
    if (raw.length === 0) continue;
    // Only words longer than 3 characters are stemmed (rouge-score's rule); the stemmer
    // never yields characters outside [a-z0-9], so the final validity check keeps them all.
    out.push(stem && raw.length > 3 ? stemCached(raw) : raw);
  }
  return out.filter((t) => t.length > 0);
}

export function fmeasure(p, r) {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function ngramCounts(tokens, n) {
  const counts = new Map();
  for (let i = 0; i + n <= tokens.length; ++i) {
    const key = n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return counts;
}

export function rougeN(refTokens, candTokens, n) {
  const ref = ngramCounts(refTokens, n);
  const cand = ngramCounts(candTokens, n);
  let overlap = 0;
  let refTotal = 0;
  let candTotal = 0;
  for (const [k, c] of ref) {
    refTotal += c;
    overlap += Math.min(c, cand.get(k) || 0);
  }
  for (const c of cand.values()) candTotal += c;
  const p = overlap / Math.max(candTotal, 1);
  const r = overlap / Math.max(refTotal, 1);
  return { p, r, f: fmeasure(p, r) };
}

// Positions in `ref` of one LCS of ref and cand, read back the way rouge-score's
// _backtrack_norec does (ties move up in ref), since which LCS is taken changes the union.
export function lcsIndices(ref, cand) {
  const rows = ref.length;
  const cols = cand.length;
  const w = cols + 1;
  const t = new Uint32Array((rows + 1) * w);
  for (let i = 1; i <= rows; ++i) {
    for (let j = 1; j <= cols; ++j) {
      t[i * w + j] =
        ref[i - 1] === cand[j - 1]
          ? t[(i - 1) * w + j - 1] + 1
          : Math.max(t[(i - 1) * w + j], t[i * w + j - 1]);
    }
  }
  const out = [];
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      out.push(i - 1);
      --i;
      --j;
    } else if (t[i * w + j - 1] > t[(i - 1) * w + j]) {
      --j;
    } else {
      --i;
    }
  }
  return out.reverse();
}

export function rougeLsum(refSents, candSents) {
  const zero = { p: 0, r: 0, f: 0 };
  if (refSents.length === 0 || candSents.length === 0) return zero;
  let m = 0;
  let n = 0;
  const refCounts = new Map();
  const candCounts = new Map();
  for (const s of refSents) {
    m += s.length;
    for (const t of s) refCounts.set(t, (refCounts.get(t) || 0) + 1);
  }
  for (const s of candSents) {
    n += s.length;
    for (const t of s) candCounts.set(t, (candCounts.get(t) || 0) + 1);
  }
  if (m === 0 || n === 0) return zero;
  let hits = 0;
  for (const r of refSents) {
    const union = new Set();
    for (const c of candSents) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = r[i];
      if ((candCounts.get(t) || 0) > 0 && (refCounts.get(t) || 0) > 0) {
        ++hits;
        candCounts.set(t, candCounts.get(t) - 1);
        refCounts.set(t, refCounts.get(t) - 1);
      }
    }
  }
  const p = hits / n;
  const r = hits / m;
  return { p, r, f: fmeasure(p, r) };
}

function lines(text) {
  return String(text)
    .split('\n')
    .filter((l) => l.length > 0);
}

// rouge-score's RougeScorer(['rouge1', 'rouge2', 'rougeLsum'], use_stemmer).score(target, prediction).
export function scoreSummary(reference, candidate, { stem = true } = {}) {
  const refTokens = tokenize(reference, stem);
  const candTokens = tokenize(candidate, stem);
  return {
    rouge1: rougeN(refTokens, candTokens, 1),
    rouge2: rougeN(refTokens, candTokens, 2),
    rougeLsum: rougeLsum(
      lines(reference).map((l) => tokenize(l, stem)),
      lines(candidate).map((l) => tokenize(l, stem)),
    ),
  };
}

// Means of per-document F (x100, as papers print them) over a list of scoreSummary results.
export function meanF(scores) {
  const out = { rouge1: 0, rouge2: 0, rougeLsum: 0 };
  if (scores.length === 0) return out;
  for (const s of scores) for (const k of Object.keys(out)) out[k] += s[k].f;
  for (const k of Object.keys(out)) out[k] = (100 * out[k]) / scores.length;
  return out;
}
