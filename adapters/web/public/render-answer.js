// Builds the DOM for one answer. Every piece of data goes in through textContent or
// element properties, never markup: seeds and questions are text, whatever they contain.

/** `el('p', { className: 'x' }, 'text', child)` → element with properties and children. */
export function el(tag, properties = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'role' || key.startsWith('aria-') || key.startsWith('data-')) element.setAttribute(key, String(value));
    else element[key] = value;
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Plain answer text: paragraphs split on blank lines, line breaks kept by CSS. */
export function renderParagraphs(text) {
  const wrapper = el('div', { className: 'answer-text' });
  for (const paragraph of String(text ?? '').split(/\n\s*\n/)) {
    if (paragraph.trim() !== '') wrapper.append(el('p', {}, paragraph.trim()));
  }
  return wrapper;
}

function yesNo(value) {
  return el('span', { className: value ? 'badge badge-yes' : 'badge badge-no' }, value ? 'Yes' : 'No');
}

/** The action-item card: what delegates see as a Block Kit section or an Adaptive Card. */
export function renderCard(card) {
  const facts = el(
    'dl',
    { className: 'card-facts' },
    el('div', {}, el('dt', {}, 'Milestone'), el('dd', {}, card.milestone || '—')),
    el('div', {}, el('dt', {}, 'Periodic goals met'), el('dd', {}, yesNo(card.goalsMet))),
    el('div', {}, el('dt', {}, 'Completed'), el('dd', {}, yesNo(card.completed))),
  );
  return el(
    'section',
    { className: 'card', 'aria-label': `Action item ${card.id}` },
    el(
      'header',
      { className: 'card-head' },
      el('span', { className: 'item-id' }, card.id),
      el('span', { className: 'card-resolution' }, `Resolution ${card.resolution} – ${card.resolutionTitle}`),
    ),
    el('p', { className: 'card-action' }, card.action),
    facts,
    card.latestStatus
      ? el('div', { className: 'card-status' }, el('h4', {}, 'Latest status'), el('p', {}, card.latestStatus))
      : null,
  );
}

/** Only web links are followed; anything else (javascript:, data:) is shown as text. */
function safeLink(url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') {
      return el('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank' }, 'Open the source document');
    }
  } catch {
    // Not a URL: fall through and show nothing clickable.
  }
  return null;
}

/** A citation chip (item · document · section) that opens to the excerpt. */
export function renderCitation(citation) {
  const summary = el(
    'summary',
    { className: 'chip' },
    citation.actionItem ? el('span', { className: 'chip-item' }, citation.actionItem) : null,
    el('span', { className: 'chip-document', title: citation.documentTitle }, citation.documentTitle),
    citation.section ? el('span', { className: 'chip-section' }, citation.section) : null,
  );
  const body = el(
    'div',
    { className: 'citation-body' },
    el('blockquote', { className: 'excerpt' }, citation.excerpt),
    el(
      'p',
      { className: 'citation-meta' },
      el('span', {}, citation.section),
      el('span', {}, citation.documentTitle),
    ),
    citation.url ? safeLink(citation.url) : null,
  );
  return el('details', { className: 'citation' }, summary, body);
}

const citationList = (citations) => el('ul', { className: 'citation-list' }, ...citations.map((c) => el('li', {}, renderCitation(c))));

/** What the answer drew on. */
function renderSources(sources) {
  return el(
    'section',
    { className: 'sources', 'aria-label': 'Sources' },
    el('h3', {}, sources.length === 1 ? 'Source' : `Sources (${sources.length})`),
    citationList(sources),
  );
}

/** Near hits the answer did not draw on: collapsed, so they are not read as its support. */
function renderRelated(related) {
  return el(
    'details',
    { className: 'related', 'aria-label': 'Related' },
    el('summary', {}, `Related (${related.length})`),
    citationList(related),
  );
}

/**
 * Nearest items after an abstention, as buttons that ask about them. The answer text already
 * lists them with their titles, so an action item's button is short ("Ask about 44-35").
 */
function renderNearest(nearest, onAsk) {
  const button = (item) =>
    el(
      'button',
      {
        type: 'button',
        className: 'nearest-item',
        title: item.label,
        onclick: () => onAsk(item.question ?? item.label),
      },
      item.actionItem ? `Ask about ${item.actionItem}` : item.label,
    );
  return el(
    'section',
    { className: 'nearest', 'aria-label': 'Nearby items' },
    el('h3', {}, 'Ask about a nearby item'),
    el('ul', {}, ...nearest.map((item) => el('li', {}, button(item)))),
  );
}

/**
 * The whole answer. `onAsk(question)` lets nearest-item buttons ask a follow-up.
 * `requestId` is shown small so a delegate can quote it when reporting a bad answer.
 */
export function renderAnswer(answer, { requestId, onAsk }) {
  const parts = [];
  if (answer.abstained) {
    parts.push(el('p', { className: 'abstained-note' }, 'No confident answer in the reports'));
  }
  const cards = answer.cards ?? [];
  // Beside the cards the text leaves out what they show, so each item appears once.
  const text = cards.length ? (answer.textBesideCards ?? answer.text) : answer.text;
  if (text.trim() !== '') parts.push(renderParagraphs(text));
  if (cards.length) parts.push(el('div', { className: 'cards' }, ...cards.map(renderCard)));
  if (answer.abstained && answer.nearest?.length) parts.push(renderNearest(answer.nearest, onAsk));
  const citations = answer.citations ?? [];
  const sources = citations.filter((c) => c.role !== 'related');
  const related = citations.filter((c) => c.role === 'related');
  if (sources.length) parts.push(renderSources(sources));
  if (related.length) parts.push(renderRelated(related));
  parts.push(
    el(
      'p',
      { className: 'answer-meta' },
      // Small talk ("hi", "thanks") quotes nothing: no provenance line.
      answer.abstained || sources.length === 0 ? null : answer.generatedBy === 'llm' ? 'Written by a language model from the cited sources' : 'Quoted from the reports',
      requestId ? el('span', { className: 'request-id' }, `Request ${requestId}`) : null,
    ),
  );
  return el('div', { className: answer.abstained ? 'answer answer-abstained' : 'answer' }, ...parts);
}
