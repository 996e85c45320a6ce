import { z } from 'zod';

/** Bumped whenever the on-disk layout or the record shapes change. */
export const INDEX_FORMAT = 10;

export const IndexManifestSchema = z.object({
  format: z.number().int(),
  embedder: z.string(),
  dimensions: z.number().int().positive(),
  corpusChecksum: z.string(),
  builtAt: z.string(),
  records: z.number().int().nonnegative(),
  documents: z.array(z.string()),
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
});

export type IndexManifest = z.infer<typeof IndexManifestSchema>;

export const INDEX_FILES = {
  manifest: 'manifest.json',
  records: 'records.json',
  /** A directory in LangChain HNSWLib's layout. */
  vectors: 'vectors',
  keyword: 'keyword-index.json',
  embeddingCache: 'embedding-cache.json',
} as const;
