import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, seedsChecksum, type SeedFileReport } from '../corpus/load-corpus.js';
import type { CorpusRecord, DocumentInfo } from '../corpus/records.js';
import { CachedEmbeddings, type IdentifiedEmbeddings } from '../embeddings/embedding-cache.js';
import { readEditionRecords } from './corpus-index.js';
import { currentIndexManifest, publishEdition, writeEdition } from './index-editions.js';
import { embeddingTexts } from './index-text.js';
import { EDITION_FILES, INDEX_FILES, INDEX_FORMAT, type IndexManifest } from './index-manifest.js';
import { KeywordIndex } from './keyword-index.js';
import { questionFiles, questionsFor, readRecordQuestions } from './record-questions.js';
import { VectorIndex } from './vector-index.js';

export interface IngestOptions {
  seedsDir: string;
  dataDir: string;
  embeddings: IdentifiedEmbeddings;
  /** Called as texts are embedded: `toEmbed` counts only texts not already in the cache. */
  onProgress?: (progress: { done: number; total: number; toEmbed: number }) => void;
}

/** An index edition's content, for comparing a new build with the one it replaces. */
export interface IndexedCorpus {
  documents: DocumentInfo[];
  records: CorpusRecord[];
}

export interface IngestReport {
  manifest: IndexManifest;
  embedded: number;
  warnings: string[];
  /** Per seed file: kind recognised, records, rows without a number, warnings, or why it was skipped. */
  files: SeedFileReport[];
  /** What was indexed now, and what the previous index held (absent on a first build). */
  current: IndexedCorpus;
  previous?: IndexedCorpus;
}

function previousCorpus(dataDir: string): { manifest?: IndexManifest; corpus?: IndexedCorpus } {
  const manifest = currentIndexManifest(dataDir);
  try {
    return manifest ? { manifest, corpus: readEditionRecords(dataDir, manifest) } : {};
  } catch {
    // An unreadable previous edition only means there is nothing to compare with.
    return { manifest };
  }
}

/**
 * Seeds → records → embeddings → vector and keyword indexes, written as a new edition in
 * `dataDir` and made current in one rename of the manifest, so a running server swaps to it
 * between questions. Unchanged text is not re-embedded. When no seed can be read it throws
 * before writing anything: the previous index stays.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestReport> {
  const checksum = seedsChecksum(options.seedsDir);
  const corpus = await loadCorpus(options.seedsDir);
  mkdirSync(join(options.dataDir, INDEX_FILES.editions), { recursive: true });
  const previous = previousCorpus(options.dataDir);
  const cache = new CachedEmbeddings(options.embeddings, join(options.dataDir, INDEX_FILES.embeddingCache));
  const entries = corpus.records.flatMap((record, position) => embeddingTexts(record).map((text) => ({ text, record: position })));
  const texts = entries.map((e) => e.text);
  const toEmbed = cache.countMissing(texts);
  options.onProgress?.({ done: 0, total: texts.length, toEmbed });
  const vectors = await cache.embedDocuments(texts, (done) => options.onProgress?.({ done, total: texts.length, toEmbed }));
  cache.save();
  const files = questionFiles(options.dataDir);
  const questions = readRecordQuestions(files);
  const warnings = questions.invalid > 0 ? [...corpus.warnings, `search questions: ${questions.invalid} unreadable line(s) skipped in ${files[1]} or the shipped file`] : corpus.warnings;

  const builtAt = new Date().toISOString();
  const manifest: IndexManifest = {
    format: INDEX_FORMAT,
    edition: `${builtAt.replace(/[:.]/g, '-')}-${process.pid}`,
    embedder: options.embeddings.modelId,
    dimensions: vectors[0]?.length ?? 0,
    corpusChecksum: checksum,
    builtAt,
    records: corpus.records.length,
    documents: corpus.documents.map((d) => d.file),
    skipped: corpus.skipped,
  };
  const vectorIndex = await VectorIndex.build(
    entries.map((entry, i) => ({ ...entry, vector: vectors[i]! })),
    options.embeddings,
  );
  await writeEdition(options.dataDir, manifest.edition, async (dir) => {
    writeFileSync(join(dir, EDITION_FILES.records), JSON.stringify({ documents: corpus.documents, records: corpus.records }));
    await vectorIndex.write(join(dir, EDITION_FILES.vectors));
    writeFileSync(join(dir, EDITION_FILES.keyword), KeywordIndex.build(corpus.records, (record) => questionsFor(questions.questions, record)).toJSON());
  });
  publishEdition(options.dataDir, manifest, previous.manifest?.edition);
  // Formats up to 10 kept one build's files directly in DATA_DIR; nothing reads them any more.
  for (const legacy of ['records.json', 'vectors', 'keyword-index.json', 'vectors.hnsw', 'word-bridge.json']) rmSync(join(options.dataDir, legacy), { recursive: true, force: true });
  return {
    manifest,
    embedded: toEmbed,
    warnings,
    files: corpus.files,
    current: { documents: corpus.documents, records: corpus.records },
    previous: previous.corpus,
  };
}
