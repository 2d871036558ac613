// The demo page: input, analysis (WASM, on this page), and the views of the result.
import { createAnalyzer } from '../src/browser.js';
import { renderArticle } from './render.js';
import { drawGraph } from './graph.js';
import { TYPE_NAMES, renderSummary, renderKeyFacts, renderEvents, renderActors, renderRemoved, cardContent } from './panels.js';

const $ = (id) => document.getElementById(id);
const status = (text) => { $('status').textContent = text; };
let analyzer = null;
let result = null;

async function start() {
  try {
    const t0 = performance.now();
    analyzer = await createAnalyzer();
    status(`ready (loaded in ${Math.round(performance.now() - t0)} ms)`);
  } catch (e) {
    status(`the analyzer could not load: ${e.message}`);
  }
}

function run() {
  if (!analyzer) return;
  const source = $('source').value;
  try {
    const t0 = performance.now();
    result = analyzer.analyze(source, { input: $('kind').value });
    const ms = performance.now() - t0;
    show(result);
    status(`analysed in ${ms.toFixed(1)} ms: ${result.actors.length} actors, ${result.events.length} sanctions events`);
  } catch (e) {
    status(`error (${e.code ?? 'internal'}): ${e.message}`);
  }
}

function show(r) {
  $('output').hidden = false;
  $('article-title').textContent = r.title || '(no title)';
  $('article-meta').textContent = [r.byline, r.published, r.credits.join('; '), r.language && `language: ${r.language}`]
    .filter(Boolean).join(' · ');
  renderLegend(r);
  renderArticle($('article-body'), r);
  renderSummary($('summary'), r);
  renderKeyFacts($('key-facts'), r, selectEvent);
  renderEvents($('events').tBodies[0], r, selectEvent);
  renderActors($('actors'), r, selectActor);
  renderRemoved($('removed-list'), $('removed-count'), r);
  drawGraph($('graph'), r, {
    onNode: (n) => (n.actor ? selectActor(n.actor) : selectEvent(n.event)),
    onEdge: (e) => selectEvent(e.event),
  });
}

function renderLegend(r) {
  const legend = $('legend');
  legend.replaceChildren(legend.firstElementChild);
  const body = $('article-body');
  const types = [...new Set(r.entities.map((e) => e.type))];
  const toggles = types.map((t) => [t, TYPE_NAMES[t] ?? t, `off-${t}`]);
  toggles.push(['trigger', 'Sanctions (trigger, imposer, target)', 'off-events']);
  for (const [type, label, offClass] of toggles) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = !body.classList.contains(offClass);
    box.addEventListener('change', () => body.classList.toggle(offClass, !box.checked));
    const swatch = document.createElement('span');
    swatch.className = `swatch ${type}`;
    swatch.setAttribute('aria-hidden', 'true');
    const l = document.createElement('label');
    l.append(box, swatch, document.createTextNode(label));
    legend.append(l);
  }
}

function clearFocus() {
  for (const el of document.querySelectorAll('.focus, .focus-sentence')) el.classList.remove('focus', 'focus-sentence');
}

function selectActor(id) {
  clearFocus();
  const marks = [...document.querySelectorAll(`#article-body mark[data-actor="${CSS.escape(id)}"]`)];
  for (const m of marks) m.classList.add('focus');
  marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  marks[0]?.focus({ preventScroll: true });
}

function selectEvent(i) {
  clearFocus();
  const marks = [...document.querySelectorAll(`#article-body [data-event="${i}"]`)];
  for (const m of marks) m.classList.add('focus');
  const trigger = marks.find((m) => m.classList.contains('trigger'));
  trigger?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  trigger?.focus({ preventScroll: true });
}

// The card follows hover and keyboard focus.
function showCard(target) {
  const m = target.closest?.('#article-body mark');
  const card = $('card');
  if (!m || !result) { card.hidden = true; return; }
  card.replaceChildren(...cardContent(result, m));
  const box = m.getBoundingClientRect();
  card.style.left = `${Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - 350))}px`;
  card.style.top = `${window.scrollY + box.bottom + 6}px`;
  card.hidden = false;
}
document.addEventListener('mouseover', (e) => showCard(e.target));
document.addEventListener('focusin', (e) => showCard(e.target));
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') $('card').hidden = true; });

async function loadFile(file) {
  $('source').value = await file.text();
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') $('kind').value = 'html';
  run();
}

$('analyze').addEventListener('click', run);
$('file').addEventListener('change', (e) => e.target.files[0] && loadFile(e.target.files[0]));
$('sample').addEventListener('click', async () => {
  try {
    const response = await fetch('sample/article.txt');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    $('source').value = await response.text();
    $('kind').value = 'auto';
    run();
  } catch (e) {
    status(`the sample article is not available here (${e.message}); paste an article instead`);
  }
});
const input = document.querySelector('.input');
input.addEventListener('dragover', (e) => { e.preventDefault(); input.classList.add('dragging'); });
input.addEventListener('dragleave', () => input.classList.remove('dragging'));
input.addEventListener('drop', (e) => {
  e.preventDefault();
  input.classList.remove('dragging');
  if (e.dataTransfer.files[0]) loadFile(e.dataTransfer.files[0]);
});

start();
