// Actors as a small graph, sanctions as arrows from imposers to targets labelled with the
// action, drawn as SVG by the page itself (no chart service, no network).
const SVG = 'http://www.w3.org/2000/svg';
const TYPE_FILL = { PERSON: '#fde2b8', GPE: '#cfe8ff', ORG: '#dcd3ff', NORP: '#c9f2d6', LOC: '#ffd9e6', LAW: '#ececec', SPAN: '#fff4e0' };

function el(name, attrs = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function shorten(text, max = 26) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Nodes and edges: event participants first, then the most mentioned other actors. */
export function buildGraph(result, maxNodes = 12) {
  const nodes = new Map();
  const edges = [];
  const byId = new Map(result.actors.map((a) => [a.id, a]));
  const addActor = (id) => {
    const a = byId.get(id);
    if (a && !nodes.has(id)) nodes.set(id, { id, label: a.name, type: a.type, actor: id });
    return a ? id : null;
  };
  result.events.forEach((ev, i) => {
    const from = ev.imposers.map(addActor).filter(Boolean);
    const to = ev.targets.map((t, k) => {
      if (t.actor && addActor(t.actor)) return t.actor;
      const id = `span:${i}:${k}`;
      nodes.set(id, { id, label: t.text, type: 'SPAN', event: i, country: t.country });
      return id;
    });
    for (const f of from) for (const t of to) if (f !== t) edges.push({ from: f, to: t, action: ev.action, event: i });
  });
  const others = [...result.actors]
    .filter((a) => !nodes.has(a.id) && ['PERSON', 'GPE', 'ORG'].includes(a.type))
    .sort((a, b) => b.mentions - a.mentions);
  for (const a of others) {
    if (nodes.size >= maxNodes) break;
    addActor(a.id);
  }
  return { nodes: [...nodes.values()], edges };
}

/** Draws the graph into `container`; onNode(node) and onEdge(edge) handle clicks and Enter. */
export function drawGraph(container, result, { onNode, onEdge } = {}) {
  const { nodes, edges } = buildGraph(result);
  container.replaceChildren();
  if (nodes.length === 0) {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = 'No actors found.';
    container.append(p);
    return;
  }
  const W = 420;
  const H = 320;
  const R = Math.min(W, H) / 2 - 48;
  const pos = new Map(nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [n.id, { x: W / 2 + R * Math.cos(angle), y: H / 2 + R * Math.sin(angle) }];
  }));
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': 'Actors and sanctions graph' });
  const defs = el('defs');
  const marker = el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(el('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#b3261e' }));
  defs.append(marker);
  svg.append(defs);
  const activate = (node, fn, item) => {
    node.addEventListener('click', () => fn?.(item));
    node.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); fn?.(item); } });
  };
  const nodeRadius = 16;
  const pairs = new Map();
  for (const edge of edges) {
    const a = pos.get(edge.from);
    const b = pos.get(edge.to);
    const key = `${edge.from}>${edge.to}`;
    const k = pairs.get(key) ?? 0;
    pairs.set(key, k + 1);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    const bend = 18 * (k + 1);
    const sx = a.x + ux * nodeRadius;
    const sy = a.y + uy * nodeRadius;
    const tx = b.x - ux * (nodeRadius + 2);
    const ty = b.y - uy * (nodeRadius + 2);
    const cx = (sx + tx) / 2 - uy * bend;
    const cy = (sy + ty) / 2 + ux * bend;
    const g = el('g', { class: 'edge', tabindex: 0, role: 'button', 'data-from': edge.from, 'data-to': edge.to, 'data-event': edge.event,
      'aria-label': `${nodes.find((n) => n.id === edge.from).label} ${edge.action} sanctions on ${nodes.find((n) => n.id === edge.to).label}` });
    g.append(el('path', { d: `M${sx},${sy} Q${cx},${cy} ${tx},${ty}`, 'marker-end': 'url(#arrow)' }));
    g.append(el('text', { x: (sx + 2 * cx + tx) / 4, y: (sy + 2 * cy + ty) / 4 - 3, 'text-anchor': 'middle' }, edge.action));
    activate(g, onEdge, edge);
    svg.append(g);
  }
  for (const n of nodes) {
    const p = pos.get(n.id);
    const g = el('g', { class: 'node', tabindex: 0, role: 'button', 'data-node': n.id, 'aria-label': `${n.label} (${n.type === 'SPAN' ? 'target' : n.type})` });
    g.append(el('circle', { cx: p.x, cy: p.y, r: nodeRadius, fill: TYPE_FILL[n.type] ?? '#eee' }));
    const below = p.y > H / 2;
    g.append(el('text', { x: p.x, y: below ? p.y + nodeRadius + 12 : p.y - nodeRadius - 5, 'text-anchor': 'middle' }, shorten(n.label)));
    activate(g, onNode, n);
    svg.append(g);
  }
  container.append(svg);
}
