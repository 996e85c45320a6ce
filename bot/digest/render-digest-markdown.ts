import type { Digest } from './digest.js';
import { digestOutline, type OutlineEntry } from './digest-outline.js';

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
 * The digest as Markdown, for the CLI (`npm run digest -- --dry-run`) and the playground:
 * a title, dates and totals, the model-written introduction (labelled) when there is one,
 * sources, then one `##` section per list. Pure.
 */
export function renderDigestMarkdown(digest: Digest): string {
  const outline = digestOutline(digest);
  const lines: string[] = [
    `# ${escapeMarkdown(outline.title)}`,
    '',
    `**${escapeMarkdown(outline.subtitle)}** · ${escapeMarkdown(outline.summary)}`,
    '',
    ...(outline.introduction ? [escapeMarkdown(outline.introduction.text), '', `_${escapeMarkdown(outline.introduction.label)}_`, ''] : []),
    '**Sources**',
    ...outline.sources.map((source) => `- ${escapeMarkdown(source)}`),
  ];
  for (const section of outline.sections) {
    lines.push('', `## ${escapeMarkdown(section.title)}`, '', escapeMarkdown(section.intro));
    for (const group of section.groups) {
      if (group.heading) lines.push('', `### ${escapeMarkdown(group.heading)}`);
      if (group.entries.length > 0) lines.push('', ...group.entries.map(entryLine));
    }
  }
  return `${lines.join('\n')}\n`;
}
