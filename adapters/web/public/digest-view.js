// The "Digest preview" tab: the next meeting's digest as the shared outline that Slack and
// Teams also render (GET /api/digest → DigestOutline): the first screen, then the full lists,
// each expandable. Servers without digests answer 404/501.
import { el } from './render-answer.js';

function notice(kind, title, detail) {
  return el(
    'div',
    { className: `notice notice-${kind}` },
    el('p', { className: 'notice-title' }, title),
    detail ? el('p', {}, detail) : null,
  );
}

function renderEntry(entry) {
  return el(
    'li',
    { className: 'digest-entry' },
    el(
      'div',
      { className: 'digest-entry-head' },
      el('span', { className: /^\d+-\d+$/.test(entry.label) ? 'item-id' : 'digest-label' }, entry.label),
      entry.tag ? el('span', { className: `tag tag-${entry.tag}` }, entry.tag) : null,
    ),
    el('p', { className: 'digest-entry-text' }, entry.text),
    entry.cite ? el('p', { className: 'digest-cite' }, entry.cite) : null,
  );
}

// A full list starts closed: the first screen above already shows its first entries.
function renderSection(section) {
  const body = [el('p', { className: 'hint' }, section.intro)];
  for (const group of section.groups) {
    if (group.heading) body.push(el('h4', { className: 'digest-group' }, group.heading));
    if (group.entries.length) body.push(el('ul', { className: 'digest-entries' }, ...group.entries.map(renderEntry)));
  }
  return el(
    'details',
    { className: 'digest-section', 'data-key': section.key },
    el('summary', {}, el('h3', {}, section.title)),
    el('div', { className: 'digest-section-body' }, ...body),
  );
}

function renderHighlight(highlight) {
  return el(
    'div',
    { className: 'digest-highlight', 'data-key': highlight.key },
    el('h4', { className: 'digest-group' }, highlight.title),
    highlight.entries.length ? el('ul', { className: 'digest-entries' }, ...highlight.entries.map(renderEntry)) : null,
    highlight.more ? el('p', { className: 'hint' }, highlight.more) : null,
  );
}

// Only when a language model introduced the digest; its label says so, as answers' does.
function renderIntroduction(introduction) {
  return el(
    'div',
    { className: 'digest-introduction' },
    el('p', { className: 'digest-introduction-text' }, introduction.text),
    el('p', { className: 'digest-introduction-label' }, introduction.label),
  );
}

function renderOutline(outline) {
  return el(
    'article',
    { className: 'digest' },
    el(
      'header',
      { className: 'digest-meeting' },
      el('h3', {}, outline.title),
      el('p', { className: 'digest-subtitle' }, outline.subtitle),
      el('p', { className: 'digest-summary' }, outline.summary),
      outline.editions.length ? el('p', { className: 'hint digest-editions' }, `Sources: ${outline.editions.join(' · ')}`) : null,
      outline.warning ? el('p', { className: 'digest-warning', role: 'note' }, `⚠️ ${outline.warning}`) : null,
      outline.introduction ? renderIntroduction(outline.introduction) : null,
    ),
    el('section', { className: 'digest-highlights', 'aria-label': 'First screen' }, ...outline.highlights.map(renderHighlight)),
    el('h3', { className: 'digest-full-title' }, 'Full lists'),
    el(
      'details',
      { className: 'digest-sources' },
      el('summary', {}, `Sources (${outline.sources.length})`),
      el('ul', {}, ...outline.sources.map((source) => el('li', {}, source))),
    ),
    ...outline.sections.map(renderSection),
  );
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
  container.replaceChildren(el('p', { className: 'pending' }, 'Building the digest…'));
  container.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch('/api/digest', { headers: { accept: 'application/json' } });
    if (response.ok) {
      container.replaceChildren(renderOutline(await response.json()));
    } else if (response.status === 404 || response.status === 501) {
      container.replaceChildren(
        notice(
          'info',
          'Digest previews are not available on this server yet.',
          `Once meeting digests are enabled, the next meeting's digest appears here. (GET /api/digest answered ${response.status}.)`,
        ),
      );
    } else {
      const reason = await readError(response);
      container.replaceChildren(notice('error', 'The digest could not be loaded.', reason || `The server answered ${response.status}.`));
    }
  } catch {
    container.replaceChildren(notice('error', 'The server cannot be reached.', 'Check that `npm start` is still running, then press Refresh.'));
  } finally {
    container.removeAttribute('aria-busy');
  }
}
