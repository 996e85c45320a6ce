import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { DocumentInfo } from './records.js';

const ManifestSchema = z.object({
  documents: z.array(
    z.object({
      file: z.string(),
      title: z.string(),
      edition: z.string(),
      kind: z.enum(['action-plan', 'report']),
      series: z.string(),
      url: z.string().default(''),
    }),
  ),
});

export type SeedManifest = z.infer<typeof ManifestSchema>;

/** Reads `seeds/manifest.json`; a missing or invalid manifest means every file is described by inference. */
export function readSeedManifest(seedsDir: string): { manifest: SeedManifest; problem?: string } {
  const file = join(seedsDir, 'manifest.json');
  if (!existsSync(file)) return { manifest: { documents: [] } };
  try {
    return { manifest: ManifestSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) };
  } catch (error) {
    return { manifest: { documents: [] }, problem: `seeds/manifest.json ignored: ${(error as Error).message}` };
  }
}

/** An action plan is recognised by its action-item table header, whatever the file is called. */
export function looksLikeActionPlan(text: string): boolean {
  return /^\s*\tAction Item\s*$/m.test(text) && /^\t\d{2}-\d{2}\s*$/m.test(text);
}

/** Describes a seed file: from the manifest when listed, otherwise from its name and content. */
export function describeDocument(file: string, text: string, manifest: SeedManifest): DocumentInfo {
  const listed = manifest.documents.find((d) => d.file === file);
  if (listed) return listed;
  const year = /20\d\d/.exec(basename(file))?.[0];
  const kind = looksLikeActionPlan(text) ? 'action-plan' : 'report';
  return {
    file,
    title: basename(file).replace(/\.[a-z]+$/i, '').replace(/[_-]+/g, ' '),
    edition: year ? `${year}-01-01` : '',
    kind,
    series: kind === 'action-plan' ? 'wtsa-16-action-plan' : basename(file),
    url: '',
  };
}
