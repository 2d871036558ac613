#!/usr/bin/env node
// Builds core/data/gazetteer/gazetteer.tsv, the gazetteer compiled into lede (see
// docs/gazetteer.md), from declared data packages and the hand-curated lists:
//   - npm world-countries (ODbL-1.0): country names, official names, spellings, demonyms, capitals
//   - Debian iso-codes (LGPL-2.1+): ISO 3166-1 names, ISO 3166-2 subdivisions and their English
//     names from the package's en locale catalogue
//   - core/data/gazetteer/curated/*.tsv (authored here): organizations, seats of government,
//     cities, regions, groups, laws, roles, family-name-first surnames
// Output: one entry per line, `key \t kind \t code \t name`, sorted by the key's UTF-8 bytes so
// the C++ side can binary-search the bytes in place. One entry per key: the higher-priority kind
// wins (a country over a state of the same name: "Georgia"). Role keys are lowercase and start
// with "~"; family-name keys start with "^", so they never shadow a place or an organization.
// Usage: node scripts/build-gazetteer.mjs [--check]   (--check: fail if the output is stale)
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const countries = require('world-countries');
const isoDir = '/usr/share/iso-codes/json';
const isoMo = '/usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo';
const out = join(root, 'core/data/gazetteer/gazetteer.tsv');
const curatedDir = join(root, 'core/data/gazetteer/curated');

// Keys too ambiguous alone ("West Ham", "West Bank"): their entries match by other spellings.
const NEVER = new Set(['West', 'Commission']);
// Kinds, highest priority first (docs/gazetteer.md says what each means).
const PRIORITY = 'COMKDGRYSBLTF';
const entries = new Map(); // key -> {kind, code, name}

function add(key, kind, code, name) {
  key = key.trim().replace(/\u2019/g, "'");
  if (!key || /[\t\n]/.test(key)) return;
  if (kind !== 'T' && !/\p{Lu}|\p{Lt}|\d/u.test(key[0]) && !/^(al-|the )/.test(key)) return;
  if (key.startsWith('the ')) key = key.slice(4); // mentions never include the article
  if (NEVER.has(key)) return;
  if (kind === 'T') key = '~' + key.toLowerCase();
  if (kind === 'F') key = '^' + key;
  const old = entries.get(key);
  if (old && PRIORITY.indexOf(old.kind) <= PRIORITY.indexOf(kind)) return;
  entries.set(key, { kind, code: code || '-', name: name === key ? '' : name });
}

// --- Curated lists first: within a kind, the first entry for a key wins.
for (const file of readdirSync(curatedDir).filter((f) => f.endsWith('.tsv')).sort()) {
  for (const line of readFileSync(join(curatedDir, file), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [kind, code, name, aliases = ''] = line.split('\t');
    for (const key of [name, ...aliases.split('|')]) if (key) add(key, kind, code, name);
  }
}

// --- world-countries: sovereign UN members first so shared demonyms go to them.
const ranked = [...countries].sort(
  (a, b) => (b.unMember - a.unMember) || (b.independent - a.independent));
const demonyms = new Set();
for (const c of ranked) {
  for (const g of ['m', 'f']) {
    const d = c.demonyms?.eng?.[g];
    if (d) demonyms.add(d);
  }
}
// Spellings that are mostly something else in English text (an airline, a word, a first name).
const ALT_STOP = new Set(['Emirates', 'Mann', 'Mannin', 'Island', 'Nippon', 'Dominique', 'Saudi',
  'Reunion', 'Viti', 'Mexicanos', 'Portuguesa', 'Togolese', 'Lao', 'Timor']);
const latin = (s) => /^[\p{Script=Latin}0-9 .,'’()-]+$/u.test(s);
for (const c of ranked) {
  const code = c.cca3;
  const common = c.name.common;
  add(common, 'C', code, common);
  if (latin(c.name.official)) add(c.name.official, 'C', code, common);
  for (const alt of c.altSpellings) {
    // Two-letter codes are ordinary words in capitals ("IN", "IT"); demonym spellings ("Thai")
    // are adjectives, not the state.
    if (alt.length < 3 || !latin(alt) || demonyms.has(alt) || ALT_STOP.has(alt)) continue;
    add(alt, 'C', code, common);
  }
  // Capitals of dependencies are mostly towns of the same name elsewhere (Plymouth, Hamilton).
  if (c.independent) for (const cap of c.capital || []) add(cap, 'K', code, cap);
  for (const g of ['m', 'f']) {
    const d = c.demonyms?.eng?.[g];
    if (!d || !latin(d)) continue;
    add(d, 'D', code, common);
    if (!/(ese|ish|ch|sh|ss|s|z|x)$/.test(d)) add(d + 's', 'D', code, common);
  }
}

// --- Debian iso-codes: ISO 3166-1 names and the governing subdivisions of ISO 3166-2.
const iso1 = JSON.parse(readFileSync(join(isoDir, 'iso_3166-1.json'), 'utf8'))['3166-1'];
const alpha3 = new Map(iso1.map((c) => [c.alpha_2, c.alpha_3]));
const commonName = new Map(countries.map((c) => [c.cca3, c.name.common]));
for (const c of iso1) {
  const name = commonName.get(c.alpha_3) || c.common_name || c.name;
  for (const n of [c.name, c.common_name, c.official_name]) if (n && latin(n)) add(n, 'C', c.alpha_3, name);
}
const english = readMo(isoMo);
const GOVERNING = new Set(['State', 'Province', 'Region', 'Autonomous region', 'Republic',
  'Autonomous republic', 'Autonomous community', 'Land', 'Special administrative region',
  'Union territory', 'Federal district', 'Governorate', 'Emirate', 'Oblast', 'Territory',
  'Autonomous province', 'Regional state', 'Autonomous city', 'Country', 'Administrative region',
  'Administrative territory', 'Autonomous district', 'Federal territory', 'Capital territory',
  'Capital district', 'Federal dependency', 'Nation', 'Prefecture', 'Metropolitan region']);
// Words that name a subdivision in some country but are ordinary English elsewhere.
const STOP = new Set(['Central', 'Northern', 'Southern', 'Eastern', 'Western', 'North', 'South',
  'East', 'West', 'Capital', 'Coast', 'Lakes', 'Upper', 'Lower', 'Islands', 'Federal', 'Centre',
  'Center', 'Mountain', 'River', 'Lake', 'Sea', 'Valley', 'Plateau', 'Littoral', 'Nord', 'Sud',
  'Est', 'Ouest', 'Maritime', 'Savanes', 'Kara', 'Coastal', 'Midlands', 'Highlands', 'Border',
  'Copperbelt', 'Lagos', 'Abuja', 'Distrito', 'Oriental', 'Occidental', 'Amazonas', 'Sur', 'Este',
  'Oeste', 'Norte', 'Central Region', 'Northern Region', 'Southern Region', 'Eastern Region',
  'Western Region', 'Mayo', 'Ash', 'Wall', 'Long', 'Grand', 'Grande', 'Mount', 'Bay', 'Delta',
  'Oriente', 'Occidente', 'Rift Valley', 'Lima', 'Santa', 'San', 'Bali', 'Capital District', 'Free', 'Island', 'Antique', 'Acre', 'Kara', 'Mayo']);
const SUFFIX = /\s+(Sheng|Shi|Zizhiqu|Uygur|Huizu|Huizi|Zhuangzu|oblast'?|kraj|kray|Respublika|avtonomnyy okrug|avtonomnyj okrug|avtonomnaja oblast'|Province|Region|State|Governorate|Prefecture|SAR)$/i;
const iso2 = JSON.parse(readFileSync(join(isoDir, 'iso_3166-2.json'), 'utf8'))['3166-2'];
for (const s of iso2) {
  if (!GOVERNING.has(s.type)) continue;
  const code = alpha3.get(s.code.slice(0, 2));
  let name = (english.get(s.name) || s.name).replace(/\s*\[.*\]\s*/g, ' ').trim();
  if (name.includes(', ')) name = name.split(', ')[0];
  for (let i = 0; i < 3; ++i) name = name.replace(SUFFIX, '');
  if (name.length < 4 || STOP.has(name) || !latin(name) || /\(/.test(name)) continue;
  add(name, 'S', code, name);
}

// --- Write, sorted by UTF-8 bytes.
const lines = [...entries.entries()]
  .map(([key, e]) => `${key}\t${e.kind}\t${e.code}\t${e.name}`)
  .sort((a, b) => Buffer.compare(Buffer.from(a.split('\t')[0]), Buffer.from(b.split('\t')[0])));
const text = lines.join('\n') + '\n';
if (process.argv.includes('--check')) {
  const old = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (old !== text) {
    console.error(`${out} is stale: run node scripts/build-gazetteer.mjs`);
    process.exit(1);
  }
  console.log(`gazetteer up to date: ${lines.length} entries`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}: ${lines.length} entries, ${text.length} bytes`);
}

// A GNU gettext .mo catalogue: msgid -> msgstr (little- or big-endian).
function readMo(path) {
  const map = new Map();
  if (!existsSync(path)) return map;
  const b = readFileSync(path);
  const le = b.readUInt32LE(0) === 0x950412de;
  const u32 = (o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const n = u32(8), orig = u32(12), trans = u32(16);
  for (let i = 0; i < n; ++i) {
    const str = (table) => b.toString('utf8', u32(table + i * 8 + 4), u32(table + i * 8 + 4) + u32(table + i * 8));
    const id = str(orig), s = str(trans);
    if (id && s) map.set(id, s);
  }
  return map;
}
