import type { types } from '@slack/bolt';
import type { Digest } from '../../bot/digest/digest.js';
import { digestOutline, type DigestOutline, type OutlineEntry, type OutlineHighlight, type OutlineSection } from '../../bot/digest/digest-outline.js';
import { escapeMrkdwn, splitMrkdwn, truncateText } from './slack-mrkdwn.js';
import { SlackLimits, type RenderedSlackAnswer, type SlackMessage } from './slack-renderer.js';

/** Slack's limit on a header block's plain text. */
const HEADER_CHARS = 150;
/**
 * Characters of text per thread reply. Slack folds long messages behind "See more" and its
 * notification text stops at 40,000; the full lists read better as a few replies.
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

function highlightBlock(highlight: OutlineHighlight): types.SectionBlock {
  const more = highlight.more ? ` · _${escapeMrkdwn(highlight.more)}_` : '';
  const lines = [`*${escapeMrkdwn(highlight.title)}*${more}`, ...highlight.entries.map(entryLine)];
  return section(truncateText(lines.join('\n'), SlackLimits.sectionText));
}

/** The first screen: headline, warning, introduction, highlights, and where the rest is. */
function mainBlocks(outline: DigestOutline): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncateText(outline.title, HEADER_CHARS), emoji: true } },
    context(`*${escapeMrkdwn(outline.subtitle)}* · ${escapeMrkdwn(outline.summary)}`),
  ];
  if (outline.editions.length > 0) blocks.push(context(`*Sources:* ${outline.editions.map(escapeMrkdwn).join(' · ')}`));
  if (outline.warning) blocks.push(section(`:warning: ${escapeMrkdwn(outline.warning)}`));
  if (outline.introduction) {
    blocks.push(section(truncateText(escapeMrkdwn(outline.introduction.text), SlackLimits.sectionText)), context(`_${escapeMrkdwn(outline.introduction.label)}_`));
  }
  blocks.push(...outline.highlights.map(highlightBlock));
  blocks.push(context('_The full lists continue in the thread._'));
  return blocks;
}

/** One full list as section blocks of at most 3000 characters, lines kept whole. */
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
 * The full lists as thread replies within Slack's limits (≤ 50 blocks, ≤ 3000 characters a
 * section): a list starts a new reply rather than being split when it can.
 */
function fullListReplies(outline: DigestOutline): types.KnownBlock[][] {
  const fits = (message: types.KnownBlock[], more: types.KnownBlock[]): boolean =>
    message.length + more.length <= SlackLimits.blocksPerMessage && textLength(message) + textLength(more) <= MESSAGE_CHARS;
  const sources = splitMrkdwn(`*Sources*\n${outline.sources.map((s) => `• ${escapeMrkdwn(s)}`).join('\n')}`, SlackLimits.sectionText).map(section);
  const replies: types.KnownBlock[][] = [sources];
  for (const outlineSection of outline.sections) {
    const blocks = sectionBlocks(outlineSection);
    if (!fits(replies[replies.length - 1]!, blocks)) replies.push([]);
    for (const block of blocks) {
      const last = replies[replies.length - 1]!;
      if (last.length > 0 && !fits(last, [block])) replies.push([block]);
      else last.push(block);
    }
  }
  return replies.filter((reply) => reply.length > 0);
}

/**
 * The digest as Block Kit: the message is its first screen (meeting, dates and totals, the
 * source editions, the stale-source warning, the model-written introduction with its label
 * when there is one, a few cited entries per list); the full lists (sources, needs attention,
 * due, overdue, what changed, counts per Resolution) follow as replies in its thread. Pure.
 */
export function renderSlackDigest(digest: Digest): RenderedSlackAnswer {
  const outline = digestOutline(digest);
  return { message: toMessage(mainBlocks(outline)), threadReplies: fullListReplies(outline).map(toMessage) };
}
