// lede's content script, injected on the toolbar click. First click: collect the page's
// visible text blocks, have the service worker analyse them, wrap the returned spans in
// <mark> elements (splitText, never innerHTML) and show a panel. Second click: undo every
// change, leaving the DOM exactly as it was.
(() => {
  const STATE_KEY = '__ledeState';
  if (window[STATE_KEY]) {
    window[STATE_KEY].restore();
    return;
  }

  // Elements whose text is never touched: code, forms, editable areas, embedded documents.
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT',
    'OPTION', 'BUTTON', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'CODE']);
  const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'TH',
    'DD', 'DT', 'FIGCAPTION', 'CAPTION', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER',
    'FOOTER', 'NAV', 'FORM', 'TABLE', 'UL', 'OL', 'DL', 'FIGURE', 'ADDRESS', 'SUMMARY', 'DETAILS', 'BODY']);
  const CONTEXT_BY_TAG = { ARTICLE: 'article', MAIN: 'main', NAV: 'nav', HEADER: 'header', FOOTER: 'footer',
    ASIDE: 'aside', FIGURE: 'figure', FIGCAPTION: 'figcaption', UL: 'list', OL: 'list', TABLE: 'table',
    FORM: 'form', BLOCKQUOTE: 'blockquote', PRE: 'pre' };
  const CONTEXT_BY_ROLE = { navigation: 'nav', contentinfo: 'footer', banner: 'header', complementary: 'aside',
    main: 'main', article: 'article' };
  const MAX_BLOCKS = 20000;
  const MARKS_PER_FRAME = 400;

  function rejected(el) {
    for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
      if (SKIP.has(e.tagName.toUpperCase()) || e.isContentEditable) return true;
    }
    return false;
  }

  function blockOf(node) {
    let e = node.parentElement;
    while (e && !BLOCK.has(e.tagName)) e = e.parentElement;
    return e;
  }

  function describe(el, nodes, text) {
    const context = new Set();
    const words = [];
    const tags = [];
    let hidden = false;
    for (let e = el, depth = 0; e && e !== document.documentElement; e = e.parentElement, ++depth) {
      const c = CONTEXT_BY_TAG[e.tagName];
      if (c) context.add(c);
      const r = CONTEXT_BY_ROLE[e.getAttribute('role')];
      if (r) context.add(r);
      if (e.hidden || e.getAttribute('aria-hidden') === 'true') hidden = true;
      if (depth < 12) words.push(e.id, typeof e.className === 'string' ? e.className : '');
      tags.push(e.tagName.toLowerCase());
    }
    tags.push('html');
    if (el.checkVisibility && !el.checkVisibility()) hidden = true;
    if (hidden) context.add('hidden');
    const heading = /^H[1-6]$/.test(el.tagName) ? Number(el.tagName[1]) : 0;
    if (heading) context.add('heading');
    let linked = 0;
    for (const { node } of nodes) if (node.parentElement?.closest('a')) linked += node.data.length;
    return {
      text, tag: el.tagName.toLowerCase(), path: tags.reverse().join(' '), attrs: words.join(' ').toLowerCase().replace(/[-_]/g, ' ').trim(),
      linkShare: text.length ? linked / text.length : 0, context: [...context], heading,
    };
  }

  /** The page's visible text as blocks: runs of text nodes under one block element. */
  function collectBlocks() {
    const blocks = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
      acceptNode(n) {
        if (n.nodeType === Node.ELEMENT_NODE) {
          return SKIP.has(n.tagName.toUpperCase()) || n.isContentEditable || n.id === 'lede-panel-host'
            ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    let current = null;
    for (let n = walker.nextNode(); n && blocks.length < MAX_BLOCKS; n = walker.nextNode()) {
      const el = blockOf(n);
      if (!el) continue;
      if (!current || current.el !== el) {
        current = { el, nodes: [], text: '' };
        blocks.push(current);
      }
      current.nodes.push({ node: n, start: current.text.length });
      current.text += n.data;
    }
    return blocks.filter((b) => b.text.trim().length > 0);
  }

  // Every change is recorded so the page can be put back exactly.
  const ops = [];

  /** Wraps [start, end) of one text node in a <mark>; returns the mark. */
  function wrap(node, start, end, className, data) {
    const created = [];
    let middle = node;
    if (start > 0) {
      middle = node.splitText(start);
      created.push(middle);
    }
    if (end - start < middle.data.length) created.push(middle.splitText(end - start));
    const mark = document.createElement('mark');
    mark.className = className;
    for (const [k, v] of Object.entries(data)) if (v !== undefined && v !== null) mark.dataset[k] = String(v);
    middle.parentNode.insertBefore(mark, middle);
    mark.appendChild(middle);
    ops.push({ node, created, mark, middle });
    return mark;
  }

  function unwrapAll() {
    for (let i = ops.length - 1; i >= 0; --i) {
      const { node, created, mark, middle } = ops[i];
      mark.parentNode.insertBefore(middle, mark);
      mark.remove();
      for (const c of created) {
        node.data += c.data;
        c.remove();
      }
    }
    ops.length = 0;
  }

  /** Applies one span (block, start, end) to the block's text nodes, last node first. */
  function applySpan(block, span, marks) {
    for (let k = block.nodes.length - 1; k >= 0; --k) {
      const { node, start } = block.nodes[k];
      const s = Math.max(span.start - start, 0);
      const e = Math.min(span.end - start, node.data.length);
      if (e <= s || !node.parentNode) continue;
      marks.push(wrap(node, s, e, span.className, span.data));
    }
  }

  function panel(plan, marksByKey) {
    const host = document.createElement('div');
    host.id = 'lede-panel-host';
    host.style.all = 'initial';
    // The shadow root keeps the page's styles out of the panel (and ours out of the page).
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      :host { all: initial; }
      .panel { position: fixed; top: 12px; right: 12px; z-index: 2147483647; width: 320px; max-height: 80vh; overflow: auto;
        background: #fff; color: #1b1b1f; font: 14px/1.45 system-ui, sans-serif; border: 1px solid #767680; border-radius: 10px; box-shadow: 0 6px 24px #0003; padding: 10px 12px; }
      h2 { font-size: 15px; margin: 0 0 6px; display: flex; justify-content: space-between; align-items: center; }
      h3 { font-size: 13px; margin: 10px 0 4px; color: #4a4a55; text-transform: uppercase; letter-spacing: .03em; }
      ol, ul { margin: 0; padding-left: 18px; } li { margin-bottom: 3px; }
      button.item { all: unset; cursor: pointer; border-bottom: 1px dotted #767680; }
      button.item:focus-visible, button.close:focus-visible { outline: 2px solid #0b57d0; }
      button.close { font: inherit; border: 1px solid #767680; border-radius: 6px; background: #fff; cursor: pointer; }
      .muted { color: #4a4a55; }`);
    root.adoptedStyleSheets = [sheet];
    const h = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
    const box = h('div', undefined, 'panel');
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', 'lede analysis');
    const title = h('h2', 'lede');
    const close = h('button', 'Remove', 'close');
    close.addEventListener('click', () => window[STATE_KEY]?.restore());
    title.append(close);
    box.append(title);
    const jump = (key) => {
      const marks = marksByKey.get(key) ?? [];
      if (!marks.length) return;
      marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
      for (const m of marks) m.classList.add('lede-flash');
      setTimeout(() => { for (const m of marks) m.classList.remove('lede-flash'); }, 1600);
    };
    const section = (name, items, empty) => {
      box.append(h('h3', name));
      if (!items.length) { box.append(h('p', empty, 'muted')); return; }
      const list = h('ul');
      for (const [label, key] of items) {
        const li = h('li');
        if (key && marksByKey.has(key)) {
          const b = h('button', label, 'item');
          b.addEventListener('click', () => jump(key));
          li.append(b);
        } else li.textContent = label;
        list.append(li);
      }
      box.append(list);
    };
    section('Summary', plan.summary.map((s) => [s, null]), 'No summary.');
    section('Sanctions', plan.events.map((e) => [e.label, e.key]), 'No sanctions events.');
    for (const [type, actors] of plan.actorsByType) {
      section(type, actors.map((a) => [`${a.name}${a.role ? `, ${a.role}` : ''}${a.country ? ` (${a.country})` : ''} · ${a.mentions}`, `actor:${a.id}`]), '');
    }
    root.append(box);
    document.body.append(host);
    return host;
  }

  async function run() {
    const blocks = collectBlocks();
    const state = { restore: () => {} , host: null, cancelled: false };
    window[STATE_KEY] = state;
    state.restore = () => {
      state.cancelled = true;
      unwrapAll();
      state.host?.remove();
      delete window[STATE_KEY];
    };
    const answer = await chrome.runtime.sendMessage({ type: 'lede:analyze', blocks: blocks.map((b) => describe(b.el, b.nodes, b.text)) });
    if (state.cancelled) return;
    if (!answer || answer.error) {
      console.warn('lede:', answer?.error?.message ?? 'no answer');
      state.restore();
      return;
    }
    const plan = answer.result;
    const marksByKey = new Map();
    const spans = [...plan.spans].sort((a, b) => a.block - b.block || b.start - a.start);
    // Batch the DOM work so very long pages do not freeze the tab.
    for (let i = 0; i < spans.length; i += MARKS_PER_FRAME) {
      for (const span of spans.slice(i, i + MARKS_PER_FRAME)) {
        const marks = [];
        applySpan(blocks[span.block], span, marks);
        for (const key of span.keys) {
          if (!marksByKey.has(key)) marksByKey.set(key, []);
          marksByKey.get(key).push(...marks);
        }
      }
      await new Promise((r) => setTimeout(r, 0));
      if (state.cancelled) return;
    }
    for (const list of marksByKey.values()) list.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    state.host = panel(plan, marksByKey);
  }

  run().catch((e) => { console.warn('lede:', e); window[STATE_KEY]?.restore(); });
})();
