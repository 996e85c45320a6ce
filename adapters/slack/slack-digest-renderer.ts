import type { types } from '@slack/bolt';
import type { Digest } from '../../bot/digest/digest.js';
import { digestOutline, type OutlineEntry, type OutlineSection } from '../../bot/digest/digest-outline.js';
import { escapeMrkdwn, splitMrkdwn, truncateText } from './slack-mrkdwn.js';
import { SlackLimits, type RenderedSlackAnswer, type SlackMessage } from './slack-renderer.js';

/** Slack's limit on a header block's plain text. */
const HEADER_CHARS = 150;
/**
 * Characters of text per message. Slack folds long messages behind "See more" and its
 * notification text stops at 40,000; a digest reads better as a message and a few replies.
 */
const MESSAGE_CHARS = 12_000;

function entryLine(entry: OutlineEntry): string {
  const tag = entry.tag ? ` _(${entry.tag})_` : '';
  const cite = entry.cite ? ` — _${escapeMrkdwn(entry.cite)}_` : '';
  return `• *${escapeMrkdwn(entry.label)}*${tag} ${escapeMrkdwn(entry.text)}${cite}`;
}

function section(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): types.ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncateText(text, SlackLimits.contextElementText) }] };
}

/** One outline section as section blocks of at most 3000 characters, lines kept whole. */
function sectionBlocks(outlineSection: OutlineSection): types.SectionBlock[] {
  const lines = [`*${escapeMrkdwn(outlineSection.title)}*`, `_${escapeMrkdwn(outlineSection.intro)}_`];
  for (const group of outlineSection.groups) {
    if (group.heading) lines.push('', `*${escapeMrkdwn(group.heading)}*`);
    lines.push(...group.entries.map(entryLine));
  }
  return splitMrkdwn(lines.join('\n'), SlackLimits.sectionText).map(section);
}

function blockText(block: types.KnownBlock): string {
  if (block.type === 'section') return block.text?.text ?? '';
  if (block.type === 'header') return block.text.text;
  if (block.type === 'context') return block.elements.map((e) => ('text' in e ? e.text : '')).join(' ');
  return '';
}

const textLength = (blocks: types.KnownBlock[]): number => blocks.reduce((sum, b) => sum + blockText(b).length, 0);

function toMessage(blocks: types.KnownBlock[]): SlackMessage {
  return { text: truncateText(blocks.map(blockText).join('\n\n'), SlackLimits.messageText), blocks };
}

/**
 * The digest as Block Kit: a header with the meeting, dates and totals, the model-written
 * introduction with its label when there is one, the sources, then needs attention, due at
 * this meeting, what changed and the counts. Within Slack's limits (≤ 50
 * blocks, ≤ 3000 characters a section): what does not fit in the message continues as replies
 * in its thread, a section starting a new reply rather than being split when it can. Pure.
 */
export function renderSlackDigest(digest: Digest): RenderedSlackAnswer {
  const outline = digestOutline(digest);
  const head: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncateText(outline.title, HEADER_CHARS), emoji: true } },
    context(`*${escapeMrkdwn(outline.subtitle)}* · ${escapeMrkdwn(outline.summary)}`),
    ...(outline.introduction
      ? [section(truncateText(escapeMrkdwn(outline.introduction.text), SlackLimits.sectionText)), context(`_${escapeMrkdwn(outline.introduction.label)}_`)]
      : []),
    section(truncateText(`*Sources*\n${outline.sources.map((s) => `• ${escapeMrkdwn(s)}`).join('\n')}`, SlackLimits.sectionText)),
  ];
  // One block of each message is kept for the "continues in the thread" note.
  const maxBlocks = SlackLimits.blocksPerMessage - 1;
  const fits = (message: types.KnownBlock[], more: types.KnownBlock[]): boolean =>
    message.length + more.length <= maxBlocks && textLength(message) + textLength(more) <= MESSAGE_CHARS;

  const messages: types.KnownBlock[][] = [[...head]];
  for (const outlineSection of outline.sections) {
    const blocks = sectionBlocks(outlineSection);
    const current = messages[messages.length - 1]!;
    const holdsSections = current.length > (messages.length === 1 ? head.length : 0);
    if (holdsSections && !fits(current, blocks)) messages.push([]);
    for (const block of blocks) {
      const last = messages[messages.length - 1]!;
      if (last.length > 0 && !fits(last, [block])) messages.push([block]);
      else last.push(block);
    }
  }
  const [first, ...rest] = messages as [types.KnownBlock[], ...types.KnownBlock[][]];
  if (rest.length > 0) {
    const continued = outline.sections.filter((s) => !first.some((b) => blockText(b).startsWith(`*${escapeMrkdwn(s.title)}*`)));
    first.push(context(`_Continued in the thread: ${continued.map((s) => escapeMrkdwn(s.title)).join(', ') || 'the rest of the digest'}._`));
  }
  return { message: toMessage(first), threadReplies: rest.map(toMessage) };
}
