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
 * Paragraphs of Teams Markdown: blank lines between paragraphs, `<br>` between the lines of a
 * paragraph (Teams joins single line breaks). Each paragraph is a list of lines here, so a
 * paragraph too long for one message can be split between lines.
 */
function digestParagraphs(outline: DigestOutline): string[][] {
  const paragraphs: string[][] = [
    [`**${escapeHtml(outline.title)}**`, escapeHtml(outline.subtitle), escapeHtml(outline.summary)],
    ...(outline.introduction ? [[escapeHtml(outline.introduction.text), `_${escapeHtml(outline.introduction.label)}_`]] : []),
    ['**Sources**', ...outline.sources.map((s) => `• ${escapeHtml(s)}`)],
  ];
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
 * The digest as Teams messages: Markdown text with the meeting and totals, the model-written
 * introduction with its label when there is one (the first message then also carries Teams'
 * "AI generated" label), the sources, then each section, every entry citing its action item
 * or section. One message when it fits Teams' activity size limit, otherwise several in order
 * (split between paragraphs, or between lines of a long one), each under `byteBudget`. Pure.
 */
export function renderTeamsDigest(digest: Digest, byteBudget: number = TEAMS_ACTIVITY_BYTE_BUDGET): Partial<Activity>[] {
  const outline = digestOutline(digest);
  const aiLabel = outline.introduction ? teamsMessageEntity([], true) : undefined;
  const entityOf = (index: number): TeamsMessageEntity | undefined => (index === 0 ? aiLabel : undefined);
  const continued = `_${escapeHtml(outline.title)} (continued)_`;
  const fits = (paragraphs: string[], entity?: TeamsMessageEntity): boolean => byteSize(message(paragraphs.join('\n\n'), entity)) <= byteBudget;
  const messages: string[][] = [[]];
  const add = (paragraph: string): void => {
    const current = messages[messages.length - 1]!;
    if (current.length > 0 && !fits([...current, paragraph], entityOf(messages.length - 1))) messages.push([continued, paragraph]);
    else current.push(paragraph);
  };
  for (const lines of digestParagraphs(outline)) {
    const whole = lines.join('<br>');
    if (fits([continued, whole])) {
      add(whole);
      continue;
    }
    // Too long for any one message: cut between lines, each piece its own paragraph.
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
  return messages.map((paragraphs, index) => message(paragraphs.join('\n\n'), entityOf(index)));
}
