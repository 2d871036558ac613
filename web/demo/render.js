// The clean article as DOM with nested highlights. Article text only ever becomes text nodes
// (never innerHTML), so markup in an article shows as text.

/** Spans to draw inside [start, end) of result.text, outermost first for equal ranges. */
export function collectSpans(result) {
  const spans = [];
  result.entities.forEach((e, i) => {
    spans.push({ start: e.start, end: e.end, prio: 2, make: () => mark(e.type, { actor: e.actor ?? '', entity: String(i) }) });
  });
  const actorMentions = new Map();
  for (const e of result.entities) {
    if (!e.actor) continue;
    if (!actorMentions.has(e.actor)) actorMentions.set(e.actor, []);
    actorMentions.get(e.actor).push(e);
  }
  result.events.forEach((ev, i) => {
    const data = { event: String(i) };
    spans.push({ start: ev.trigger.start, end: ev.trigger.end, prio: 3, make: () => mark('trigger', data) });
    for (const t of ev.targets) {
      if (t.end > t.start) spans.push({ start: t.start, end: t.end, prio: 1, make: () => role('target', data) });
    }
    // Imposers are actors: underline their mentions inside the event's sentence.
    const sentence = ev.sentence ?? ev.trigger;
    for (const id of ev.imposers) {
      for (const m of actorMentions.get(id) ?? []) {
        if (m.start >= sentence.start && m.end <= sentence.end) {
          spans.push({ start: m.start, end: m.end, prio: 0, make: () => role('imposer', data) });
        }
      }
    }
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end || a.prio - b.prio);
  return spans;
}

function mark(cls, data) {
  const el = document.createElement('mark');
  el.className = cls;
  el.tabIndex = 0;
  Object.assign(el.dataset, data);
  return el;
}

function role(cls, data) {
  const el = document.createElement('span');
  el.className = cls;
  Object.assign(el.dataset, data);
  return el;
}

/** Renders text[start, end) into `parent` with the spans that fall inside it. */
export function renderRange(parent, text, start, end, spans) {
  const stack = [{ el: parent, end }];
  let cursor = start;
  const flush = (to) => {
    if (to > cursor) stack[stack.length - 1].el.append(document.createTextNode(text.slice(cursor, to)));
    cursor = Math.max(cursor, to);
  };
  for (const span of spans) {
    if (span.end <= start || span.start >= end || span.end <= span.start) continue;
    const s = Math.max(span.start, start);
    while (stack.length > 1 && stack[stack.length - 1].end <= s) {
      flush(stack[stack.length - 1].end);
      stack.pop();
    }
    const top = stack[stack.length - 1];
    const e = Math.min(span.end, top.end);  // a span crossing its parent is clipped there
    if (e <= s) continue;
    flush(s);
    const el = span.make();
    top.el.append(el);
    stack.push({ el, end: e });
  }
  while (stack.length > 1) {
    flush(stack[stack.length - 1].end);
    stack.pop();
  }
  flush(end);
}

/** The article body: one <p> or <h3> per paragraph, with highlights. */
export function renderArticle(container, result) {
  const spans = collectSpans(result);
  container.replaceChildren();
  for (const p of result.paragraphs) {
    const el = document.createElement(p.kind === 'heading' ? 'h3' : 'p');
    el.dataset.start = String(p.start);
    el.dataset.end = String(p.end);
    renderRange(el, result.text, p.start, p.end, spans);
    container.append(el);
  }
}
