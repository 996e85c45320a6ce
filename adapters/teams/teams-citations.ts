import type { Citation } from '../../bot/answer.js';
import { shortenAtWord } from './teams-text.js';

/**
 * Teams' native citation format ("Bot messages with AI-generated content"): the message text
 * carries `[1]`…`[n]` markers and one `https://schema.org/Message` entity lists a `Claim` per
 * marker. Field limits are the client's: name ≤ 80, abstract ≤ 160, keywords ≤ 3 of ≤ 28 chars,
 * at most 20 citations.
 */

export const MAX_TEAMS_CITATIONS = 20;
const MAX_NAME_CHARS = 80;
const MAX_ABSTRACT_CHARS = 160;
const MAX_KEYWORD_CHARS = 28;

export interface TeamsClaim {
  '@type': 'Claim';
  position: number;
  appearance: {
    '@type': 'DigitalDocument';
    name: string;
    abstract: string;
    url?: string;
    keywords?: string[];
  };
}

export interface TeamsMessageEntity {
  type: 'https://schema.org/Message';
  '@type': 'Message';
  '@context': 'https://schema.org';
  '@id': '';
  additionalType?: ['AIGeneratedContent'];
  citation?: TeamsClaim[];
}

const singleLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** `44-30 · Action Plan for …`: the action item first, because that is what delegates look for. */
function citationName(citation: Citation): string {
  const lead = citation.actionItem ?? (citation.resolution ? `Resolution ${citation.resolution}` : null);
  return shortenAtWord(singleLine(lead ? `${lead} · ${citation.documentTitle}` : citation.documentTitle), MAX_NAME_CHARS);
}

function citationKeywords(citation: Citation): string[] | undefined {
  const keywords = [
    citation.resolution ? `Resolution ${citation.resolution}` : null,
    citation.actionItem ? `Action item ${citation.actionItem}` : null,
  ].filter((k): k is string => k !== null && k.length <= MAX_KEYWORD_CHARS);
  return keywords.length > 0 ? keywords : undefined;
}

/** The claim shown behind marker `[position]`. */
export function toTeamsClaim(citation: Citation, position: number): TeamsClaim {
  const keywords = citationKeywords(citation);
  return {
    '@type': 'Claim',
    position,
    appearance: {
      '@type': 'DigitalDocument',
      name: citationName(citation),
      abstract: shortenAtWord(singleLine(citation.excerpt || citation.section), MAX_ABSTRACT_CHARS),
      ...(citation.url ? { url: citation.url } : {}),
      ...(keywords ? { keywords } : {}),
    },
  };
}

/**
 * The message entity, or `undefined` when it would say nothing (no citations and no model
 * wrote the text).
 */
export function teamsMessageEntity(claims: TeamsClaim[], aiGenerated: boolean): TeamsMessageEntity | undefined {
  if (claims.length === 0 && !aiGenerated) return undefined;
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    ...(aiGenerated ? { additionalType: ['AIGeneratedContent'] as ['AIGeneratedContent'] } : {}),
    ...(claims.length > 0 ? { citation: claims } : {}),
  };
}

const normalise = (text: string): string => singleLine(text).toLowerCase();

/** Whether a paragraph quotes the citation's excerpt. */
function paragraphQuotes(paragraph: string, citation: Citation): boolean {
  const excerptHead = normalise(citation.excerpt).slice(0, 60);
  return excerptHead.length >= 20 && normalise(paragraph).includes(excerptHead);
}

/** Whether a paragraph names the citation's action item (`44-30`, not `144-30` or `44-301`). */
function paragraphNames(paragraph: string, citation: Citation): boolean {
  if (citation.actionItem === null) return false;
  const id = citation.actionItem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`, 'i').test(paragraph);
}

/** How a citation is named in the "See also" line: its action item, Resolution or section. */
function shortLabel(citation: Citation): string {
  if (citation.actionItem) return citation.actionItem;
  if (citation.resolution) return `Resolution ${citation.resolution}`;
  return shortenAtWord(singleLine(citation.section || citation.documentTitle), 60);
}

/**
 * Appends the `[n]` marker of each citation to the paragraph it supports: the one quoting its
 * excerpt, else the first naming its action item. Citations the text does not use are listed
 * in a closing "See also" line with their markers, so every claim has a marker and none is
 * shown as support for a paragraph it does not support.
 */
export function placeCitationMarkers(paragraphs: string[], citations: Citation[]): string[] {
  const markers = paragraphs.map(() => [] as number[]);
  const unused: string[] = [];
  citations.forEach((citation, index) => {
    let at = paragraphs.findIndex((p) => paragraphQuotes(p, citation));
    if (at < 0) at = paragraphs.findIndex((p) => paragraphNames(p, citation));
    if (at >= 0) markers[at]!.push(index + 1);
    else unused.push(`${shortLabel(citation)} [${index + 1}]`);
  });
  const marked = paragraphs.map((p, i) => (markers[i]!.length > 0 ? `${p} ${markers[i]!.map((n) => `[${n}]`).join('')}` : p));
  return unused.length > 0 ? [...marked, `See also: ${unused.join(', ')}`] : marked;
}
