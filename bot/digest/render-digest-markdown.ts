import type { Digest } from './digest.js';
import { digestOutline, type DigestOutline, type OutlineEntry } from './digest-outline.js';

/** Markdown treats these as markup; entries are plain text from the reports. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function entryLine(entry: OutlineEntry): string {
  const tag = entry.tag ? ` _(${entry.tag})_` : '';
  const cite = entry.cite ? ` — _${escapeMarkdown(entry.cite)}_` : '';
  return `- **${escapeMarkdown(entry.label)}**${tag} ${escapeMarkdown(entry.text)}${cite}`;
}

/**
 * The first screen, one line per item (no blank lines, so its line count is what a reader
 * sees): title and dates, the editions, the stale-source warning, the model's introduction,
 * then each highlighted list.
 */
function mainLines(outline: DigestOutline): string[] {
  const lines = [`# ${escapeMarkdown(outline.title)} · ${escapeMarkdown(outline.subtitle)}`];
  if (outline.editions.length > 0) lines.push(`**Sources:** ${outline.editions.map(escapeMarkdown).join(' · ')}`);
  if (outline.warning) lines.push(`⚠️ ${escapeMarkdown(outline.warning)}`);
  if (outline.introduction) lines.push(escapeMarkdown(outline.introduction.text), `_${escapeMarkdown(outline.introduction.label)}_`);
  for (const highlight of outline.highlights) {
    const more = highlight.more ? ` · ${escapeMarkdown(highlight.more)}` : '';
    lines.push(`**${escapeMarkdown(highlight.title)}**${more}`, ...highlight.entries.map(entryLine));
  }
  return lines;
}

function fullLines(outline: DigestOutline): string[] {
  const lines: string[] = ['## Sources', '', ...outline.sources.map((source) => `- ${escapeMarkdown(source)}`)];
  for (const section of outline.sections) {
    lines.push('', `## ${escapeMarkdown(section.title)}`, '', escapeMarkdown(section.intro));
    for (const group of section.groups) {
      if (group.heading) lines.push('', `### ${escapeMarkdown(group.heading)}`);
      if (group.entries.length > 0) lines.push('', ...group.entries.map(entryLine));
    }
  }
  return lines;
}

/** The digest's first screen and its full lists as two Markdown texts. Pure. */
export function renderDigestMarkdownParts(digest: Digest): { main: string; full: string } {
  const outline = digestOutline(digest);
  return { main: `${mainLines(outline).join('\n')}\n`, full: `${fullLines(outline).join('\n')}\n` };
}

/**
 * The digest as Markdown, for the CLI (`npm run digest -- --dry-run`): the first screen, a
 * rule, then the full lists. Pure.
 */
export function renderDigestMarkdown(digest: Digest): string {
  const { main, full } = renderDigestMarkdownParts(digest);
  return `${main}\n---\n\n${full}`;
}
