import type { types } from '@slack/bolt';
import { relatedOf, sourcesOf, textBesideCards, type Answer, type Citation, type NearestItem } from '../../bot/answer.js';
import { renderSlackActionItemCard } from './slack-action-item-card.js';
import { escapeMrkdwn, mrkdwnLink, splitMrkdwn, toSlackMrkdwn, truncateText } from './slack-mrkdwn.js';
import { HELP_EXAMPLES } from '../../bot/small-talk.js';

/** One Slack message: `text` is the notification / plain fallback, `blocks` what people see. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** A rendered answer: the message itself and, for long answers, the rest as thread replies. */
export interface RenderedSlackAnswer {
  message: SlackMessage;
  threadReplies: SlackMessage[];
}

export interface RenderSlackAnswerOptions {
  /** Id of the stored answer; the feedback and share buttons carry it. No id, no buttons. */
  answerId?: string;
  /** Adds "Share in channel" (for answers only the asker can see). */
  shareable?: boolean;
  /** Shows the question above the answer (slash commands and shared answers, where it is not in view). */
  showQuestion?: boolean;
  /** Slack user id of whoever shared the answer into the channel. */
  sharedBy?: string;
}

/** Slack's published limits; going over them makes `chat.postMessage` fail with `invalid_blocks`. */
export const SlackLimits = {
  blocksPerMessage: 50,
  sectionText: 3000,
  contextElementText: 3000,
  /** Slack truncates longer top-level `text`. */
  messageText: 40_000,
} as const;

/** Text sections kept in the message itself; longer answers continue in the thread. */
const SECTIONS_IN_MESSAGE = 4;
/** Sections per thread reply: 10 × 3000 characters stays under the 40,000-character text limit. */
const SECTIONS_PER_REPLY = 10;
const SECTION_TITLE_CHARS = 160;

/** The `action_id`s of the buttons the renderer adds; the channel routes clicks on them. */
export const SlackActionId = {
  /** Slack's native 👍/👎 (`feedback_buttons`); the clicked button's value is `up:<id>` or `down:<id>`. */
  Feedback: 'rapporteur_feedback',
  Share: 'rapporteur_share',
} as const;

export const ABSTAIN_TEXT = "I couldn't find a sourced answer to that in the ITU reports.";

/**
 * Renders a channel-neutral answer as Block Kit: the answer text in mrkdwn, its action items as
 * cards (the text then leaves out what the cards show), the sources it drew on (action item,
 * Resolution, document title and edition, section), the related near hits apart in a smaller
 * context block, then the feedback (and share) buttons. The fallback `text` carries the whole
 * answer, cards' fields included. An abstention shows the bot's wording (or says plainly that no
 * sourced answer was found) and the nearest items the text does not already list. Never exceeds
 * Slack's limits: long text is split into sections and, past a few sections, continued in
 * thread replies.
 */
export function renderSlackAnswer(answer: Answer, options: RenderSlackAnswerOptions = {}): RenderedSlackAnswer {
  const head: types.KnownBlock[] = [];
  if (options.sharedBy) head.push(context(`<@${options.sharedBy}> shared an answer from Rapporteur`));
  if (options.showQuestion) head.push(context(`*Q:* ${escapeMrkdwn(truncateText(answer.question, 500))}`));

  const cards = answer.cards.flatMap(renderSlackActionItemCard);
  const pieces = splitMrkdwn(answerMrkdwn(answer, cards.length > 0 ? textBesideCards(answer) : answer.text), SlackLimits.sectionText);
  const continues = pieces.length > SECTIONS_IN_MESSAGE;
  const shown = continues ? pieces.slice(0, SECTIONS_IN_MESSAGE - 1) : pieces;
  const rest = continues ? pieces.slice(SECTIONS_IN_MESSAGE - 1) : [];

  const blocks: types.KnownBlock[] = [...head, ...shown.map(section)];
  if (continues) blocks.push(context('_The rest of this answer continues in the thread._'));
  const tail = tailBlocks(answer);
  blocks.push(...cards, ...tail, ...answerControls(options));

  const threadReplies: SlackMessage[] = [];
  for (let i = 0; i < rest.length; i += SECTIONS_PER_REPLY) {
    const part = rest.slice(i, i + SECTIONS_PER_REPLY);
    threadReplies.push({ text: part.join('\n\n'), blocks: part.map(section) });
  }
  // Notifications and the plain-text retry have no cards: they get the complete text.
  const plain = [...head, section(answerMrkdwn(answer, answer.text)), ...tail];
  return { message: { text: messageText(plain), blocks }, threadReplies };
}

/** The bot words its abstentions ("The reports do not answer this question."); say it only if it did not. */
function answerMrkdwn(answer: Answer, text: string): string {
  return text.trim() !== '' ? toSlackMrkdwn(text) : answer.abstained ? ABSTAIN_TEXT : '';
}

/** What follows the text and cards: nearest items of an abstention, sources, related, the model label. */
function tailBlocks(answer: Answer): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [];
  const nearest = answer.abstained ? answer.nearest.filter((item) => !answer.text.includes(item.label)) : [];
  if (nearest.length > 0) blocks.push(section(nearestText(nearest)));
  const sources = sourcesOf(answer);
  if (sources.length > 0) blocks.push(section(citationsText('*Sources*', sources)));
  const related = relatedOf(answer);
  if (related.length > 0) blocks.push(context(citationsText('*Related*', related)));
  if (answer.generatedBy === 'llm') blocks.push(context('Written by a language model from the sources listed.'));
  return blocks;
}

/** The message for an empty mention or command: what the bot does and three example questions. */
export function renderSlackHelp(examples: readonly string[] = HELP_EXAMPLES): SlackMessage {
  const text =
    'I answer questions about ITU-T action items, Resolutions and reports, citing the action item, ' +
    'document and section. Mention me, DM me, or use `/rapporteur <question>`. For example:\n' +
    examples.map((q) => `• ${escapeMrkdwn(q)}`).join('\n');
  return { text, blocks: [section(text)] };
}


/** A short one-section message (progress, thanks, errors). */
export function renderSlackNotice(text: string): SlackMessage {
  const mrkdwn = truncateText(text, SlackLimits.sectionText);
  return { text: mrkdwn, blocks: [section(mrkdwn)] };
}

/**
 * One line per citation: `• Action item *44-30* · Resolution 44 · _Title (edition)_ — Section`. Several
 * action items from the same section share a line (`Action items *44-30*, *44-01*`).
 */
export function citationLine(citation: Citation, actionItems: string[] = citation.actionItem ? [citation.actionItem] : []): string {
  const parts: string[] = [];
  if (actionItems.length > 0) {
    const label = actionItems.length > 1 ? 'Action items' : 'Action item';
    parts.push(`${label} ${actionItems.map((id) => `*${escapeMrkdwn(id)}*`).join(', ')}`);
  }
  if (citation.resolution) parts.push(`Resolution ${escapeMrkdwn(citation.resolution)}`);
  const title = citation.documentTitle;
  parts.push(citation.url ? mrkdwnLink(citation.url, title) : `_${escapeMrkdwn(title)}_`);
  const where = citation.section ? ` — ${escapeMrkdwn(truncateText(citation.section, SECTION_TITLE_CHARS))}` : '';
  return `• ${parts.join(' · ')}${where}`;
}

/** Groups citations by where they are (document, section, link), keeping the ranking order. */
function citationsText(title: string, citations: Citation[]): string {
  const groups = new Map<string, { citation: Citation; actionItems: string[] }>();
  for (const citation of citations) {
    const key = [citation.resolution, citation.document, citation.section, citation.url].join('|');
    const group = groups.get(key) ?? { citation, actionItems: [] };
    groups.set(key, group);
    if (citation.actionItem && !group.actionItems.includes(citation.actionItem)) group.actionItems.push(citation.actionItem);
  }
  return fitLines(title, [...groups.values()].map((g) => citationLine(g.citation, g.actionItems)));
}

function nearestText(nearest: NearestItem[]): string {
  const lines = nearest.map((item) =>
    item.actionItem && !item.label.includes(item.actionItem)
      ? `• *${escapeMrkdwn(item.actionItem)}* ${escapeMrkdwn(item.label)}`
      : `• ${escapeMrkdwn(item.label)}`,
  );
  return fitLines('*Closest items in the reports*', lines);
}

/** Keeps whole lines under the section limit and says how many were left out. */
function fitLines(title: string, lines: string[]): string {
  let text = title;
  for (const [index, line] of lines.entries()) {
    const more = `\n…and ${lines.length - index} more`;
    if (text.length + 1 + line.length + more.length > SlackLimits.sectionText) return text + more;
    text += `\n${line}`;
  }
  return text;
}

/**
 * What closes an answer: the cards and what follows the text (sources, related, the model
 * label), then the feedback and share buttons. A streamed answer gets these when its stream stops.
 */
export function renderSlackAnswerFooter(answer: Answer, options: RenderSlackAnswerOptions = {}): types.KnownBlock[] {
  return [...answer.cards.flatMap(renderSlackActionItemCard), ...tailBlocks(answer), ...answerControls(options)];
}

/** Slack's native feedback buttons, and "Share in channel" for answers only the asker sees. */
function answerControls(options: RenderSlackAnswerOptions): types.KnownBlock[] {
  if (!options.answerId) return [];
  const feedback: types.ContextActionsBlock = {
    type: 'context_actions',
    block_id: 'rapporteur_answer_feedback',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: SlackActionId.Feedback,
        positive_button: { text: plain('Helpful'), accessibility_label: 'This answer was helpful', value: `up:${options.answerId}` },
        negative_button: { text: plain('Not helpful'), accessibility_label: 'This answer was not helpful', value: `down:${options.answerId}` },
      },
    ],
  };
  if (!options.shareable) return [feedback];
  const share: types.Button = {
    type: 'button',
    action_id: SlackActionId.Share,
    text: { ...plain('Share in channel'), emoji: true },
    value: options.answerId,
    style: 'primary',
  };
  return [feedback, { type: 'actions', block_id: 'rapporteur_answer_actions', elements: [share] }];
}

function plain(text: string): types.PlainTextElement {
  return { type: 'plain_text', text };
}

function section(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): types.ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncateText(text, SlackLimits.contextElementText) }] };
}

/** The fallback text: everything readable in the blocks, for notifications and plain-text retries. */
function messageText(blocks: types.KnownBlock[]): string {
  const texts = blocks.flatMap((block) => {
    if (block.type === 'section') return block.text?.text ? [block.text.text] : [];
    if (block.type === 'context') return block.elements.flatMap((e) => ('text' in e ? [e.text] : []));
    return [];
  });
  return truncateText(texts.join('\n\n'), SlackLimits.messageText);
}
