// The "Digest preview" tab: the next meeting's digest as the shared outline that Slack and
// Teams also render (GET /api/digest → DigestOutline). Servers without digests answer 404/501.
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

function renderSection(section) {
  const count = section.groups.reduce((sum, group) => sum + group.entries.length, 0);
  const body = [el('p', { className: 'hint' }, section.intro)];
  for (const group of section.groups) {
    if (group.heading) body.push(el('h4', { className: 'digest-group' }, group.heading));
    if (group.entries.length) body.push(el('ul', { className: 'digest-entries' }, ...group.entries.map(renderEntry)));
  }
  // Long lists start closed so the page opens on the overview; each one opens on its title.
  return el(
    'details',
    { className: 'digest-section', open: count > 0 && count <= 12, 'data-key': section.key },
    el('summary', {}, el('h3', {}, section.title)),
    el('div', { className: 'digest-section-body' }, ...body),
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
      outline.introduction ? renderIntroduction(outline.introduction) : null,
    ),
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
