import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, seedsChecksum } from '../corpus/load-corpus.js';
import { CachedEmbeddings, type IdentifiedEmbeddings } from '../embeddings/embedding-cache.js';
import { embeddingTexts } from './index-text.js';
import { INDEX_FILES, INDEX_FORMAT, type IndexManifest } from './index-manifest.js';
import { KeywordIndex } from './keyword-index.js';
import { VectorIndex } from './vector-index.js';

export interface IngestOptions {
  seedsDir: string;
  dataDir: string;
  embeddings: IdentifiedEmbeddings;
  /** Called as texts are embedded: `toEmbed` counts only texts not already in the cache. */
  onProgress?: (progress: { done: number; total: number; toEmbed: number }) => void;
}

export interface IngestReport {
  manifest: IndexManifest;
  embedded: number;
  warnings: string[];
}

/**
 * Writes a file or directory next to its final name first, so readers never see half of it.
 * A file is replaced in one rename; a directory (the vector store) must be removed first,
 * which is safe because the manifest, written last, is absent until the index is complete.
 */
async function writeAtomic(path: string, write: (temp: string) => void | Promise<void>): Promise<void> {
  const temp = `${path}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  await write(temp);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) rmSync(path, { recursive: true });
  renameSync(temp, path);
}

/**
 * Seeds → records → embeddings → vector and keyword indexes, persisted in `dataDir` with a
 * manifest (embedder, dimensions, corpus checksum, build time). Unchanged text is not re-embedded.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestReport> {
  const checksum = seedsChecksum(options.seedsDir);
  const corpus = loadCorpus(options.seedsDir);
  mkdirSync(options.dataDir, { recursive: true });
  // Without a manifest the index counts as missing, so an interrupted ingest is never half-used.
  rmSync(join(options.dataDir, INDEX_FILES.manifest), { force: true });
  const cache = new CachedEmbeddings(options.embeddings, join(options.dataDir, INDEX_FILES.embeddingCache));
  const entries = corpus.records.flatMap((record, position) => embeddingTexts(record).map((text) => ({ text, record: position })));
  const texts = entries.map((e) => e.text);
  const toEmbed = cache.countMissing(texts);
  options.onProgress?.({ done: 0, total: texts.length, toEmbed });
  const vectors = await cache.embedDocuments(texts, (done) =>
    options.onProgress?.({ done, total: texts.length, toEmbed }),
  );
  cache.save();
  const dimensions = vectors[0]?.length ?? 0;

  const manifest: IndexManifest = {
    format: INDEX_FORMAT,
    embedder: options.embeddings.modelId,
    dimensions,
    corpusChecksum: checksum,
    builtAt: new Date().toISOString(),
    records: corpus.records.length,
    documents: corpus.documents.map((d) => d.file),
    skipped: corpus.skipped,
  };
  const dir = options.dataDir;
  await writeAtomic(join(dir, INDEX_FILES.records), (t) =>
    writeFileSync(t, JSON.stringify({ documents: corpus.documents, records: corpus.records })),
  );
  const vectorIndex = await VectorIndex.build(
    entries.map((entry, i) => ({ ...entry, vector: vectors[i]! })),
    options.embeddings,
  );
  await writeAtomic(join(dir, INDEX_FILES.vectors), (t) => vectorIndex.write(t));
  await writeAtomic(join(dir, INDEX_FILES.keyword), (t) => writeFileSync(t, KeywordIndex.build(corpus.records).toJSON()));
  await writeAtomic(join(dir, INDEX_FILES.manifest), (t) => writeFileSync(t, JSON.stringify(manifest, null, 2)));
  return { manifest, embedded: toEmbed, warnings: corpus.warnings };
}
