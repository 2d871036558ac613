// Turns an analysis of the page's blocks into what the content script applies: spans in each
// block's own offsets (non-overlapping, entities and sanctions triggers), and the panel's
// content. Plain data, so it crosses chrome.runtime messaging as JSON.
import { locateInBlocks } from './lede/browser.js';

const TYPE_NAMES = { PERSON: 'People', GPE: 'Countries and cities', ORG: 'Organizations', NORP: 'Groups', LOC: 'Places', LAW: 'Laws' };

export function makePlan(result) {
  const spans = [];
  const taken = new Map();
  const add = (start, end, className, data, keys) => {
    for (const piece of locateInBlocks(result, start, end)) {
      const used = taken.get(piece.block) ?? [];
      if (used.some(([s, e]) => s < piece.end && piece.start < e)) continue;
      used.push([piece.start, piece.end]);
      taken.set(piece.block, used);
      spans.push({ ...piece, className, data, keys });
    }
  };
  result.events.forEach((ev, i) => add(ev.trigger.start, ev.trigger.end, 'lede-mark lede-trigger', { ledeEvent: i }, [`event:${i}`]));
  for (const e of result.entities) {
    add(e.start, e.end, `lede-mark lede-${e.type}`, { ledeType: e.type, ledeActor: e.actor }, e.actor ? [`actor:${e.actor}`] : []);
  }
  // One line per event group (the engine's key facts); its key scrolls to the group's first event.
  const events = (result.keyFacts ?? []).map((fact) => ({ label: fact.text, key: `event:${fact.events[0]}` }));
  const groups = new Map();
  for (const a of [...result.actors].sort((x, y) => y.mentions - x.mentions)) {
    const type = TYPE_NAMES[a.type] ?? a.type;
    if (!groups.has(type)) groups.set(type, []);
    groups.get(type).push({ id: a.id, name: a.name, role: a.role, country: a.country, mentions: a.mentions });
  }
  return { spans, summary: result.summary.map((s) => s.text), events, actorsByType: [...groups] };
}
