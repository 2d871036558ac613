// The side panels and the hover card: summary, sanctions table, actors by type, removed blocks.
// Every piece of article text goes in through textContent.

export const TYPE_NAMES = { PERSON: 'People', GPE: 'Countries and cities', ORG: 'Organizations', NORP: 'Groups', LOC: 'Places', LAW: 'Laws', MISC: 'Other' };

function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k === 'className') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

export function actorName(result, id) {
  return result.actors.find((a) => a.id === id)?.name ?? '';
}

export function targetLabel(result, t) {
  const name = t.actor ? actorName(result, t.actor) : t.text;
  return t.country && !t.actor ? `${name} (${t.country})` : name;
}

export function renderSummary(list, result) {
  list.replaceChildren(...result.summary.map((s) => h('li', {}, s.text)));
}

/** One line per sanctions event group; activating one selects its first event. */
export function renderKeyFacts(list, result, onSelect) {
  list.replaceChildren(...(result.keyFacts ?? []).map((fact) => {
    const item = h('button', { type: 'button', className: 'fact' }, fact.text);
    item.addEventListener('click', () => onSelect(fact.events[0]));
    return h('li', {}, item);
  }));
}

export function renderEvents(tbody, result, onSelect) {
  tbody.replaceChildren(...result.events.map((ev, i) => {
    const row = h('tr', { tabindex: 0, dataset: { event: String(i) } },
      h('td', {}, ev.imposers.map((id) => actorName(result, id)).filter(Boolean).join(', ') || '—'),
      h('td', {}, ev.targets.map((t) => targetLabel(result, t)).join('; ') || '—'),
      h('td', { className: 'action' }, ev.action),
      h('td', {}, ev.reason?.text ?? ''));
    row.addEventListener('click', () => onSelect(i));
    row.addEventListener('keydown', (e) => { if (e.key === 'Enter') onSelect(i); });
    return row;
  }));
  if (result.events.length === 0) tbody.replaceChildren(h('tr', {}, h('td', { colspan: '4' }, 'No sanctions events found.')));
}

export function renderActors(container, result, onSelect) {
  const groups = new Map();
  for (const a of result.actors) {
    if (!groups.has(a.type)) groups.set(a.type, []);
    groups.get(a.type).push(a);
  }
  container.replaceChildren();
  for (const [type, actors] of groups) {
    actors.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    const heading = h('h3', {}, h('span', { className: `swatch ${type}`, 'aria-hidden': 'true' }), `${TYPE_NAMES[type] ?? type} (${actors.length})`);
    const chips = actors.map((a) => {
      const chip = h('button', { type: 'button', className: 'chip', dataset: { actor: a.id } }, a.name, h('span', { className: 'count' }, String(a.mentions)));
      chip.addEventListener('click', () => onSelect(a.id));
      return chip;
    });
    container.append(h('div', { className: 'actor-group' }, heading, h('div', {}, ...chips)));
  }
  if (result.actors.length === 0) container.append(h('p', {}, 'No actors found.'));
}

export function renderRemoved(list, count, result) {
  count.textContent = String(result.removed.length);
  list.replaceChildren(...result.removed.map((r) => h('li', {}, h('span', { className: 'reason' }, r.reason), r.text)));
}

/** The card for a highlighted mark: an actor, a bare entity or an event. */
export function cardContent(result, markEl) {
  const rows = [];
  let title = '';
  if (markEl.dataset.event !== undefined && markEl.classList.contains('trigger')) {
    const ev = result.events[Number(markEl.dataset.event)];
    title = `Sanctions: ${ev.action}${ev.code ? ` (CAMEO ${ev.code})` : ''}`;
    rows.push(['Imposers', ev.imposers.map((id) => actorName(result, id)).join(', ') || '—']);
    rows.push(['Targets', ev.targets.map((t) => targetLabel(result, t)).join('; ') || '—']);
    if (ev.speaker) rows.push([ev.action === 'call' ? 'Called for by' : 'Opposed by', actorName(result, ev.speaker)]);
    if (ev.reason) rows.push(['Reason', ev.reason.text]);
    if (ev.date) rows.push(['When', ev.date]);
    if (ev.counter) rows.push(['Counter', 'retaliates']);
  } else {
    const entity = result.entities[Number(markEl.dataset.entity)];
    const actor = result.actors.find((a) => a.id === markEl.dataset.actor);
    title = actor?.name ?? entity?.text ?? '';
    rows.push(['Type', actor?.type ?? entity?.type ?? '']);
    if (actor?.role) rows.push(['Role', actor.role]);
    if (actor?.country) rows.push(['Country', actor.country]);
    if (actor) rows.push(['Mentions', String(actor.mentions)]);
    if (actor?.aliases?.length) rows.push(['Also', actor.aliases.join(', ')]);
  }
  const dl = h('dl');
  for (const [k, v] of rows) dl.append(h('dt', {}, k), h('dd', {}, v));
  return [h('h4', {}, title), dl];
}
