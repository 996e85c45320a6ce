import { z } from 'zod';

/** Bumped whenever the on-disk layout or the record shapes change. */
export const INDEX_FORMAT = 37;

export const IndexManifestSchema = z.object({
  format: z.number().int(),
  /** The folder under `editions/` holding this build's files. */
  edition: z.string(),
  embedder: z.string(),
  dimensions: z.number().int().positive(),
  corpusChecksum: z.string(),
  builtAt: z.string(),
  records: z.number().int().nonnegative(),
  documents: z.array(z.string()),
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
});

export type IndexManifest = z.infer<typeof IndexManifestSchema>;

/**
 * `DATA_DIR`'s index: the manifest names the current edition, a complete folder under
 * `editions/` (written under a temporary name, then renamed), so a reader never sees half a build.
 */
export const INDEX_FILES = {
  manifest: 'manifest.json',
  editions: 'editions',
  embeddingCache: 'embedding-cache.json',
} as const;

/** The files of one edition. */
export const EDITION_FILES = {
  records: 'records.json',
  /** A directory in LangChain HNSWLib's layout. */
  vectors: 'vectors',
  keyword: 'keyword-index.json',
} as const;
