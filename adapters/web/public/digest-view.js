// The "Digest preview" tab: what the bot would post before the next meeting, drawn with the
// same card and citation pieces as answers. Servers without digests answer 404/501.
import { el, renderCard, renderCitation, renderParagraphs } from './render-answer.js';

function message(kind, title, detail) {
  return el('div', { className: `notice notice-${kind}` }, el('p', { className: 'notice-title' }, title), detail ? el('p', {}, detail) : null);
}

function formatDate(value) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value ?? '');
  return date.toLocaleDateString(undefined, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
}

/**
 * Expected body: `{ meeting: { name, start }, text, cards?: ActionItemCard[], citations?: Citation[] }`.
 * Missing parts are left out rather than failing the whole view.
 */
function renderDigest(digest) {
  const meeting = digest.meeting ?? {};
  const parts = [
    el(
      'header',
      { className: 'digest-meeting' },
      el('h3', {}, meeting.name ?? 'Next meeting'),
      meeting.start ? el('p', { className: 'hint' }, formatDate(meeting.start)) : null,
    ),
    renderParagraphs(digest.text),
  ];
  if (digest.cards?.length) parts.push(el('div', { className: 'cards' }, ...digest.cards.map(renderCard)));
  if (digest.citations?.length) {
    parts.push(
      el(
        'section',
        { className: 'sources', 'aria-label': 'Sources' },
        el('h3', {}, 'Sources'),
        el('ul', { className: 'citation-list' }, ...digest.citations.map((c) => el('li', {}, renderCitation(c)))),
      ),
    );
  }
  return el('article', { className: 'answer digest' }, ...parts);
}

async function readError(response) {
  try {
    const body = await response.json();
    return typeof body?.error === 'string' ? body.error : '';
  } catch {
    return '';
  }
}

/** Fetches `GET /api/digest` and fills `container` with the digest or a clear reason. */
export async function loadDigest(container) {
  container.replaceChildren(el('p', { className: 'pending' }, 'Loading the digest…'));
  container.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch('/api/digest', { headers: { accept: 'application/json' } });
    if (response.ok) {
      container.replaceChildren(renderDigest(await response.json()));
    } else if (response.status === 404 || response.status === 501) {
      container.replaceChildren(
        message(
          'info',
          'Digest previews are not available on this server yet.',
          `Once meeting digests are enabled, the next meeting's digest appears here. (GET /api/digest answered ${response.status}.)`,
        ),
      );
    } else {
      const reason = await readError(response);
      container.replaceChildren(message('error', 'The digest could not be loaded.', reason || `The server answered ${response.status}.`));
    }
  } catch {
    container.replaceChildren(message('error', 'The server cannot be reached.', 'Check that `npm start` is still running, then press Refresh.'));
  } finally {
    container.removeAttribute('aria-busy');
  }
}
