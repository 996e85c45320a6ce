import type { Activity, Attachment } from 'botbuilder';
import type { Answer, Citation } from '../../bot/answer.js';
import { renderActionItemCard } from './teams-action-item-card.js';
import {
  MAX_TEAMS_CITATIONS,
  placeCitationMarkers,
  teamsMessageEntity,
  toTeamsClaim,
} from './teams-citations.js';
import { escapeHtml, shortenAtWord } from './teams-text.js';

/**
 * Teams rejects activities over ~28 KB. The connector adds the envelope (ids, service URL,
 * reply-to, sender), so the rendered payload keeps a margin under that.
 */
export const TEAMS_ACTIVITY_BYTE_BUDGET = 26_000;
const MAX_CARDS = 3;

/** The answer's paragraphs (its text already lists the nearest items when it abstains). */
function answerParagraphs(answer: Answer): string[] {
  const paragraphs = answer.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return paragraphs.length > 0 ? paragraphs : ['I have no answer to that.'];
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
 * The Teams message for an answer: text with `[n]` markers, the native citation entity (with
 * the AI label when a language model wrote the text), Adaptive Cards for action items, and the
 * feedback buttons. Pure: the same answer always gives the same payload, within Teams' size
 * limit (cards are dropped first, then the text is shortened).
 */
export function renderTeamsAnswer(answer: Answer, byteBudget: number = TEAMS_ACTIVITY_BYTE_BUDGET): Partial<Activity> {
  const aiGenerated = answer.generatedBy === 'llm';
  const citations = answer.citations.slice(0, MAX_TEAMS_CITATIONS);
  const text = toTeamsText(placeCitationMarkers(answerParagraphs(answer), citations));
  const cards = answer.cards.slice(0, MAX_CARDS).map(renderActionItemCard);

  const full = buildActivity(text, citations, cards, aiGenerated);
  if (byteSize(full) <= byteBudget) return full;
  const withoutCards = buildActivity(text, citations, [], aiGenerated);
  if (byteSize(withoutCards) <= byteBudget) return withoutCards;

  // Longest prefix that fits, by binary search on the text length.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (byteSize(buildActivity(shortenAtWord(text, mid), citations, [], aiGenerated)) <= byteBudget) low = mid;
    else high = mid - 1;
  }
  return buildActivity(shortenAtWord(text, low), citations, [], aiGenerated);
}
