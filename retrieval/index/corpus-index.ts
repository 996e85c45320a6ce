import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedsChecksum } from '../corpus/load-corpus.js';
import type { CorpusRecord, DocumentInfo } from '../corpus/records.js';
import type { IdentifiedEmbeddings } from '../embeddings/embedding-cache.js';
import { ErrorCode, RapporteurError } from '../errors.js';
import { editionDir, readIndexManifest } from './index-editions.js';
import { EDITION_FILES, INDEX_FORMAT, type IndexManifest } from './index-manifest.js';
import { KeywordIndex } from './keyword-index.js';
import { VectorIndex } from './vector-index.js';

export interface OpenIndexOptions {
  seedsDir: string;
  dataDir: string;
  embeddings: IdentifiedEmbeddings;
  /**
   * Refuse an index built from other seeds than those in `seedsDir` now (default). A running
   * server reloading the edition an ingest just published skips it: seeds edited since are the
   * next ingest's business, and the new edition is still newer than the one in memory.
   */
  checkSeeds?: boolean;
}

/** The persisted index, loaded: records, their documents, and both search structures. */
export interface CorpusIndex {
  manifest: IndexManifest;
  documents: DocumentInfo[];
  records: CorpusRecord[];
  vectors: VectorIndex;
  keywords: KeywordIndex;
  embeddings: IdentifiedEmbeddings;
}

const REBUILD_HINT = 'Run `npm run ingest` to rebuild it.';

/** An edition's documents and records, without the search structures (digests, the ingest diff). */
export function readEditionRecords(dataDir: string, manifest: IndexManifest): { documents: DocumentInfo[]; records: CorpusRecord[] } {
  return JSON.parse(readFileSync(join(editionDir(dataDir, manifest.edition), EDITION_FILES.records), 'utf8')) as {
    documents: DocumentInfo[];
    records: CorpusRecord[];
  };
}

/**
 * Loads the current edition of the index without re-embedding anything, refusing a stale one:
 * built by another embedder or (unless `checkSeeds` is false) from other seeds than those in
 * `seedsDir` now.
 */
export async function openCorpusIndex(options: OpenIndexOptions): Promise<CorpusIndex> {
  const manifest = readIndexManifest(options.dataDir);
  if (manifest.format !== INDEX_FORMAT) {
    throw new RapporteurError(ErrorCode.IndexStale, `The index in ${options.dataDir} was built by another version of Rapporteur. ${REBUILD_HINT}`);
  }
  if (manifest.embedder !== options.embeddings.modelId) {
    throw new RapporteurError(
      ErrorCode.IndexStale,
      `The index was built with embedder ${manifest.embedder}, but ${options.embeddings.modelId} is configured. ${REBUILD_HINT}`,
    );
  }
  if (options.checkSeeds !== false && manifest.corpusChecksum !== seedsChecksum(options.seedsDir)) {
    throw new RapporteurError(ErrorCode.IndexStale, `The seeds in ${options.seedsDir} changed since the index was built. ${REBUILD_HINT}`);
  }
  try {
    const dir = editionDir(options.dataDir, manifest.edition);
    const stored = readEditionRecords(options.dataDir, manifest);
    const vectors = await VectorIndex.read(join(dir, EDITION_FILES.vectors), options.embeddings);
    const keywords = KeywordIndex.fromJSON(readFileSync(join(dir, EDITION_FILES.keyword), 'utf8'));
    if (stored.records.length !== manifest.records || vectors.size !== manifest.records) {
      throw new Error(`expected ${manifest.records} records, found ${stored.records.length} and ${vectors.size} vectors`);
    }
    if (vectors.dimensions !== manifest.dimensions) {
      throw new Error(`expected vectors of ${manifest.dimensions} dimensions, found ${vectors.dimensions}`);
    }
    return { manifest, documents: stored.documents, records: stored.records, vectors, keywords, embeddings: options.embeddings };
  } catch (error) {
    throw new RapporteurError(ErrorCode.IndexCorrupt, `The index in ${options.dataDir} is damaged (${(error as Error).message}). ${REBUILD_HINT}`, {
      cause: error,
    });
  }
}
