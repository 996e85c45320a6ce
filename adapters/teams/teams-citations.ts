import escapeStringRegexp from 'escape-string-regexp';
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

/**
 * `44-30 · Action Plan for … (2022 edition)`: the action item first, because that is what
 * delegates look for. A long title is shortened before its closing edition, which tells two
 * editions of a report apart.
 */
function citationName(citation: Citation): string {
  const lead = citation.actionItem ?? (citation.resolution ? `Resolution ${citation.resolution}` : null);
  const name = singleLine(lead ? `${lead} · ${citation.documentTitle}` : citation.documentTitle);
  const edition = /^(.*?)( \([^()]{1,24}\))$/.exec(name);
  if (name.length <= MAX_NAME_CHARS || !edition) return shortenAtWord(name, MAX_NAME_CHARS);
  return `${shortenAtWord(edition[1]!, MAX_NAME_CHARS - edition[2]!.length)}${edition[2]}`;
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

/** Whether a line quotes the citation's excerpt. */
function lineQuotes(line: string, citation: Citation): boolean {
  const excerptHead = normalise(citation.excerpt).slice(0, 60);
  return excerptHead.length >= 20 && normalise(line).includes(excerptHead);
}

/** Whether a line names the citation's action item (`44-30`, not `144-30` or `44-301`). */
function lineNames(line: string, citation: Citation): boolean {
  if (citation.actionItem === null) return false;
  const id = escapeStringRegexp(citation.actionItem);
  return new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`, 'i').test(line);
}

/** How a citation is named in a closing line: its action item, Resolution or section. */
function shortLabel(citation: Citation): string {
  if (citation.actionItem) return citation.actionItem;
  if (citation.resolution) return `Resolution ${citation.resolution}`;
  return shortenAtWord(singleLine(citation.section || citation.documentTitle), 60);
}

/**
 * Appends the `[n]` marker of each source to the line it supports: the one quoting its
 * excerpt, else the first naming its action item (so each item of a list gets its own
 * marker). Sources the text does not show (an item whose card shows it) are named in a closing
 * "Source:" line with their markers, so every claim has a marker and none is shown as support
 * for a line it does not support.
 */
export function placeCitationMarkers(paragraphs: string[], sources: Citation[]): string[] {
  const lines = paragraphs.map((p) => p.split('\n'));
  const flat = lines.flatMap((ls, p) => ls.map((line, l) => ({ line, p, l })));
  const markers = new Map<string, number[]>();
  const unplaced: string[] = [];
  sources.forEach((citation, index) => {
    const at = flat.find(({ line }) => lineQuotes(line, citation)) ?? flat.find(({ line }) => lineNames(line, citation));
    if (!at) {
      unplaced.push(`${shortLabel(citation)} [${index + 1}]`);
      return;
    }
    const key = `${at.p}:${at.l}`;
    markers.set(key, [...(markers.get(key) ?? []), index + 1]);
  });
  const marked = lines.map((ls, p) =>
    ls.map((line, l) => (markers.has(`${p}:${l}`) ? `${line} ${markers.get(`${p}:${l}`)!.map((n) => `[${n}]`).join('')}` : line)).join('\n'),
  );
  if (unplaced.length === 0) return marked;
  return [...marked, `${unplaced.length === 1 ? 'Source' : 'Sources'}: ${unplaced.join(', ')}`];
}

/**
 * The related near hits named plainly, without markers: Teams' citations are kept for what the
 * answer drew on. `undefined` when there are none.
 */
export function relatedLine(related: Citation[]): string | undefined {
  // A passage's section may recur in another edition of its report: the year says which one.
  const label = (c: Citation): string => {
    const year = /^\d{4}/.exec(c.edition)?.[0];
    return c.actionItem || c.resolution || !year ? shortLabel(c) : `${shortLabel(c)} (${year})`;
  };
  const labels = [...new Set(related.map(label))];
  return labels.length > 0 ? `Related: ${labels.join('; ')}` : undefined;
}

/** A bracketed reference the model wrote (`[44-30]`, `[item 44-98, 44-30]`, `[Resolution 44 – …]`). */
const MODEL_CITATION = / ?\[([^[\]\n]{1,200})\]/g;

/**
 * A model-written paragraph without the model's own bracketed citations of its sources, once
 * the native `[n]` markers are placed: Teams shows the markers, and `[44-30] [1]` side by side
 * reads as two different references. Brackets naming neither an action item nor a source's
 * section or title are the model's prose and stay.
 */
export function withoutModelCitations(paragraph: string, sources: Citation[]): string {
  const names = sources.flatMap((c) => [c.section, c.documentTitle].filter((n) => n !== '').map(normalise));
  return paragraph.replace(MODEL_CITATION, (whole, content: string) => {
    if (/^\d+$/.test(content.trim())) return whole;
    const cited = normalise(content).replace(/…$/, '');
    const namesSource = /\b\d{2}-\d{2}\b/.test(content) || (cited.length >= 8 && names.some((name) => name.startsWith(cited)));
    return namesSource ? '' : whole;
  });
}
