// The extension's service worker: owns the WASM analyzer (pages' CSPs cannot block it here),
// injects the content script on the toolbar click, and answers its analysis requests.
import { createAnalyzer } from './lede/browser.js';
import { makePlan } from './plan.js';

let analyzer = null;

async function getAnalyzer() {
  analyzer ??= createAnalyzer().catch((e) => { analyzer = null; throw e; });
  const a = await analyzer;
  await a.ready();
  return a;
}

/** Toggles lede on a tab: the content script highlights, or restores the page if it did. */
async function toggle(tabId) {
  await chrome.scripting.insertCSS({ target: { tabId }, files: ['content.css'] });
  await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}

chrome.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined) toggle(tab.id).catch((e) => console.warn('lede:', e.message));
});

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.type !== 'lede:analyze' || !sender.tab) return false;
  getAnalyzer()
    .then((a) => sendResponse({ result: makePlan(a.analyzeBlocks(message.blocks)) }))
    .catch((e) => sendResponse({ error: { code: e.code ?? 'internal', message: String(e.message ?? e) } }));
  return true;  // the answer comes asynchronously
});

// For the end-to-end tests, which cannot click the toolbar: the same action by tab id.
self.ledeToggle = toggle;
