// The playground page: tabs, the question form, the transcript and the server status.
import { loadDigest } from './digest-view.js';
import { el, renderAnswer } from './render-answer.js';

const form = document.getElementById('ask-form');
const input = document.getElementById('question');
const askButton = document.getElementById('ask-button');
const formError = document.getElementById('ask-error');
const transcript = document.getElementById('transcript');
const welcome = document.getElementById('welcome');
const status = document.getElementById('server-status');

/** A random id per conversation (getRandomValues also works on plain-HTTP LAN addresses). */
function newConversationId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
let conversationId = newConversationId();
let pending = false;

function showFormError(text) {
  formError.textContent = text;
  formError.hidden = !text;
  input.setAttribute('aria-invalid', text ? 'true' : 'false');
}

/** `start` shows an answer from its question down; `nearest` keeps a pending one above the form. */
function scrollIntoView(element, block) {
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block });
}

async function ask(question) {
  const trimmed = question.trim();
  if (trimmed === '') {
    showFormError('Type a question first, for example "status of Resolution 44 fellowships".');
    input.focus();
    return;
  }
  if (pending) return;
  pending = true;
  showFormError('');
  welcome.hidden = true;
  askButton.disabled = true;

  const slot = el('div', { className: 'answer pending' }, el('span', { className: 'spinner', 'aria-hidden': 'true' }), 'Looking through the reports…');
  const exchange = el(
    'article',
    { className: 'exchange', 'aria-label': 'Question and answer' },
    el('div', { className: 'question-bubble' }, el('span', { className: 'visually-hidden' }, 'You asked: '), el('p', {}, trimmed)),
    slot,
  );
  transcript.append(exchange);
  scrollIntoView(exchange, 'nearest');

  try {
    const response = await fetch('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ question: trimmed, conversationId }),
    });
    const body = await response.json().catch(() => ({}));
    if (response.ok) {
      slot.replaceWith(renderAnswer(body, { requestId: response.headers.get('x-request-id'), onAsk: askFromButton }));
      input.value = '';
    } else {
      const reason = typeof body.error === 'string' ? body.error : `The server answered ${response.status}.`;
      slot.replaceWith(el('div', { className: 'answer answer-error', role: 'alert' }, reason));
      if (response.status === 400) showFormError(reason);
    }
  } catch {
    slot.replaceWith(
      el('div', { className: 'answer answer-error', role: 'alert' }, 'The server cannot be reached. Check that `npm start` is still running.'),
    );
  } finally {
    pending = false;
    askButton.disabled = false;
    scrollIntoView(exchange, 'start');
  }
}

function askFromButton(question) {
  input.value = question;
  input.focus();
  void ask(question);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void ask(input.value);
});
input.addEventListener('input', () => {
  if (!formError.hidden) showFormError('');
});
for (const button of document.querySelectorAll('button.example')) {
  button.addEventListener('click', () => askFromButton(button.textContent));
}
document.getElementById('new-conversation').addEventListener('click', () => {
  conversationId = newConversationId();
  for (const exchange of transcript.querySelectorAll('.exchange')) exchange.remove();
  welcome.hidden = false;
  showFormError('');
  input.value = '';
  input.focus();
});

// Tabs, keyboard as in the WAI-ARIA tabs pattern: arrows move, Home/End jump.
const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
const digestBody = document.getElementById('digest-body');
let digestLoaded = false;

function selectTab(tab, focus) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
  }
  if (focus) tab.focus();
  if (tab.id === 'tab-digest' && !digestLoaded) {
    digestLoaded = true;
    void loadDigest(digestBody);
  }
}
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab, false));
  tab.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    selectTab(tabs[(next + tabs.length) % tabs.length], true);
  });
}
document.getElementById('digest-refresh').addEventListener('click', () => void loadDigest(digestBody));

// Server status: poll /readyz until the index is loaded, then check now and then.
const STATUS_TEXT = {
  ready: 'Ready',
  starting: 'Loading the index…',
  draining: 'Shutting down',
  offline: 'Server unreachable',
};
async function refreshStatus() {
  let state = 'offline';
  let detail = '';
  try {
    const response = await fetch('/readyz', { headers: { accept: 'application/json' } });
    const body = await response.json();
    state = body.status in STATUS_TEXT ? body.status : 'offline';
    detail = body.detail ?? '';
  } catch {
    state = 'offline';
  }
  // While starting, say what the server is doing (e.g. "Building the index from the seeds…").
  const text = state === 'starting' && detail ? `${detail.charAt(0).toUpperCase()}${detail.slice(1)}…` : STATUS_TEXT[state];
  // Rewriting the same text would make screen readers announce it again.
  if (status.textContent !== text) {
    status.dataset.state = state;
    status.textContent = text;
  }
  status.title = detail;
  setTimeout(refreshStatus, state === 'ready' ? 30_000 : 3_000);
}
void refreshStatus();
input.focus();
