import type { Activity } from 'botbuilder';
import type { Digest } from '../../bot/digest/digest.js';
import { digestOutline, type DigestOutline, type OutlineEntry } from '../../bot/digest/digest-outline.js';
import { teamsMessageEntity, type TeamsMessageEntity } from './teams-citations.js';
import { TEAMS_ACTIVITY_BYTE_BUDGET } from './teams-renderer.js';
import { escapeHtml, shortenAtWord } from './teams-text.js';

function entryLine(entry: OutlineEntry): string {
  const tag = entry.tag ? ` _(${entry.tag})_` : '';
  const cite = entry.cite ? ` — _${escapeHtml(entry.cite)}_` : '';
  return `• **${escapeHtml(entry.label)}**${tag} ${escapeHtml(entry.text)}${cite}`;
}

/**
 * The first screen as paragraphs of Teams Markdown (each a list of lines, joined by `<br>`
 * because Teams joins single line breaks): headline, warning, introduction, highlights.
 */
function mainParagraphs(outline: DigestOutline): string[][] {
  const paragraphs: string[][] = [
    [
      `**${escapeHtml(outline.title)}**`,
      escapeHtml(outline.subtitle),
      escapeHtml(outline.summary),
      ...(outline.editions.length > 0 ? [`_Sources:_ ${outline.editions.map(escapeHtml).join(' · ')}`] : []),
    ],
    ...(outline.warning ? [[`⚠️ ${escapeHtml(outline.warning)}`]] : []),
    ...(outline.introduction ? [[escapeHtml(outline.introduction.text), `_${escapeHtml(outline.introduction.label)}_`]] : []),
  ];
  for (const highlight of outline.highlights) {
    const more = highlight.more ? ` · _${escapeHtml(highlight.more)}_` : '';
    paragraphs.push([`**${escapeHtml(highlight.title)}**${more}`, ...highlight.entries.map(entryLine)]);
  }
  paragraphs.push(['_The full lists follow in the next message._']);
  return paragraphs;
}

/** The full lists as paragraphs: sources, then each list with its groups. */
function fullParagraphs(outline: DigestOutline): string[][] {
  const paragraphs: string[][] = [['**Sources**', ...outline.sources.map((s) => `• ${escapeHtml(s)}`)]];
  for (const section of outline.sections) {
    paragraphs.push([`**${escapeHtml(section.title)}**`, `_${escapeHtml(section.intro)}_`]);
    for (const group of section.groups) {
      const lines = group.entries.map(entryLine);
      if (group.heading) lines.unshift(`**${escapeHtml(group.heading)}**`);
      if (lines.length > 0) paragraphs.push(lines);
    }
  }
  return paragraphs;
}

function message(text: string, entity?: TeamsMessageEntity): Partial<Activity> {
  return { type: 'message', textFormat: 'markdown', text, ...(entity ? { entities: [entity] } : {}) };
}

const byteSize = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * Paragraphs packed into as few messages as fit `byteBudget`, in order: each message after the
 * first opens with `continued`; a paragraph too long for any message is cut between lines
 * (and a line too long for one, at a word).
 */
function packMessages(paragraphs: string[][], continued: string, byteBudget: number, entity?: TeamsMessageEntity): Partial<Activity>[] {
  const fits = (parts: string[], withEntity?: TeamsMessageEntity): boolean => byteSize(message(parts.join('\n\n'), withEntity)) <= byteBudget;
  const entityOf = (index: number): TeamsMessageEntity | undefined => (index === 0 ? entity : undefined);
  const messages: string[][] = [[]];
  const add = (paragraph: string): void => {
    const current = messages[messages.length - 1]!;
    if (current.length > 0 && !fits([...current, paragraph], entityOf(messages.length - 1))) messages.push([continued, paragraph]);
    else current.push(paragraph);
  };
  for (const lines of paragraphs) {
    const whole = lines.join('<br>');
    if (fits([continued, whole])) {
      add(whole);
      continue;
    }
    let piece: string[] = [];
    for (const line of lines) {
      const safeLine = fits([continued, line]) ? line : shortenAtWord(line, Math.floor(byteBudget / 4));
      if (piece.length > 0 && !fits([continued, [...piece, safeLine].join('<br>')])) {
        add(piece.join('<br>'));
        piece = [];
      }
      piece.push(safeLine);
    }
    if (piece.length > 0) add(piece.join('<br>'));
  }
  return messages.map((parts, index) => message(parts.join('\n\n'), entityOf(index)));
}

/**
 * The digest as Teams messages: the first is its first screen (meeting, dates and totals, the
 * source editions, the stale-source warning, the model-written introduction with its label and
 * Teams' "AI generated" label when there is one, a few cited entries per list); the full lists
 * follow in a second message (more when they exceed Teams' activity size limit), every entry
 * citing its action item or section, each message under `byteBudget`. Pure.
 */
export function renderTeamsDigest(digest: Digest, byteBudget: number = TEAMS_ACTIVITY_BYTE_BUDGET): Partial<Activity>[] {
  const outline = digestOutline(digest);
  const aiLabel = outline.introduction ? teamsMessageEntity([], true) : undefined;
  const title = escapeHtml(outline.title);
  const full = [[`**${title}: full lists**`], ...fullParagraphs(outline)];
  return [
    ...packMessages(mainParagraphs(outline), `_${title} (continued)_`, byteBudget, aiLabel),
    ...packMessages(full, `_${title}: full lists (continued)_`, byteBudget),
  ];
}
