import type { Activity, Attachment } from 'botbuilder';
import { relatedOf, sourcesOf, textBesideCards, type Answer, type Citation } from '../../bot/answer.js';
import { renderActionItemCard } from './teams-action-item-card.js';
import {
  MAX_TEAMS_CITATIONS,
  placeCitationMarkers,
  relatedLine,
  teamsMessageEntity,
  toTeamsClaim,
  withoutModelCitations,
} from './teams-citations.js';
import { escapeHtml, shortenAtWord } from './teams-text.js';

/**
 * Teams rejects activities over ~28 KB. The connector adds the envelope (ids, service URL,
 * reply-to, sender), so the rendered payload keeps a margin under that.
 */
export const TEAMS_ACTIVITY_BYTE_BUDGET = 26_000;
const MAX_CARDS = 3;

/** Paragraphs of plain text (the text already lists the nearest items when the answer abstains). */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * The message text: `text` with each source's marker, then the related items named plainly.
 * Said in words when there would be nothing to read and no card either.
 */
function messageParagraphs(answer: Answer, text: string, sources: Citation[], withCards: boolean): string[] {
  const paragraphs = paragraphsOf(text);
  const related = relatedLine(relatedOf(answer));
  const marked = placeCitationMarkers(paragraphs, sources);
  // A model cites in brackets; the native markers replace its citations (see withoutModelCitations).
  const cited = answer.generatedBy === 'llm' ? marked.map((p) => withoutModelCitations(p, sources)) : marked;
  const all = [...cited, ...(related ? [related] : [])];
  return all.length > 0 || withCards ? all : ['I have no answer to that.'];
}

/** Single line breaks inside a paragraph need `<br>` in Teams; paragraphs are blank-line separated. */
function toTeamsText(paragraphs: string[]): string {
  return paragraphs.map((p) => escapeHtml(p).split('\n').join('<br>')).join('\n\n');
}

function buildActivity(text: string, citations: Citation[], cards: Attachment[], aiGenerated: boolean): Partial<Activity> {
  // Only claims whose marker is in the text: Teams pairs them by position.
  const claims = citations.map((c, i) => toTeamsClaim(c, i + 1)).filter((claim) => text.includes(`[${claim.position}]`));
  const entity = teamsMessageEntity(claims, aiGenerated);
  return {
    type: 'message',
    textFormat: 'markdown',
    text,
    ...(entity ? { entities: [entity] } : {}),
    ...(cards.length > 0 ? { attachments: cards } : {}),
    channelData: { feedbackLoopEnabled: true },
  };
}

const byteSize = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * Splits text into messages that each fit the byte budget, at line breaks (a list answer is
 * one line per item), so a long answer continues in the next message and nothing is cut.
 */
function continuedMessages(text: string, build: (text: string) => Partial<Activity>, byteBudget: number): Partial<Activity>[] {
  const lines = text.split(/(?<=<br>)|(?<=\n\n)/);
  const messages: Partial<Activity>[] = [];
  let current = '';
  for (const line of lines) {
    const candidate = current + line;
    if (current !== '' && byteSize(build(candidate.trim())) > byteBudget) {
      messages.push(build(current.trim().replace(/<br>$/, '')));
      current = line;
    } else {
      current = candidate;
    }
  }
  // A single line longer than a whole message is the one thing shortened.
  const last = byteSize(build(current.trim())) <= byteBudget ? current.trim() : shortenAtWord(current.trim(), Math.floor(byteBudget / 2));
  return [...messages, build(last.replace(/<br>$/, ''))];
}

/**
 * The Teams messages for an answer: text with a `[n]` marker per source, the native citation
 * entity for the sources only (with the AI label when a language model wrote the text), related
 * near hits named plainly, Adaptive Cards for action items (the text then leaves out what they
 * show), and the feedback buttons. Pure: the same answer always gives the same payload. Each
 * message stays within Teams' size limit: cards are dropped first, then the text continues in
 * further messages (a complete list is never cut short).
 */
export function renderTeamsAnswer(answer: Answer, byteBudget: number = TEAMS_ACTIVITY_BYTE_BUDGET): Partial<Activity>[] {
  const aiGenerated = answer.generatedBy === 'llm';
  const sources = sourcesOf(answer).slice(0, MAX_TEAMS_CITATIONS);
  const cards = answer.cards.slice(0, MAX_CARDS).map(renderActionItemCard);
  // Beside its card an item is not described again; without the card the text says it all.
  const besideCards = toTeamsText(messageParagraphs(answer, textBesideCards(answer), sources, true));
  const text = toTeamsText(messageParagraphs(answer, answer.text, sources, false));

  const full = cards.length > 0 ? buildActivity(besideCards, sources, cards, aiGenerated) : buildActivity(text, sources, [], aiGenerated);
  if (byteSize(full) <= byteBudget) return [full];
  return continuedMessages(text, (part) => buildActivity(part, sources, [], aiGenerated), byteBudget);
}
