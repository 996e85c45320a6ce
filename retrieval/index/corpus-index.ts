import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedsChecksum } from '../corpus/load-corpus.js';
import type { CorpusRecord, DocumentInfo } from '../corpus/records.js';
import type { IdentifiedEmbeddings } from '../embeddings/embedding-cache.js';
import { ErrorCode, RapporteurError } from '../errors.js';
import { INDEX_FILES, INDEX_FORMAT, IndexManifestSchema, type IndexManifest } from './index-manifest.js';
import { KeywordIndex } from './keyword-index.js';
import { VectorIndex } from './vector-index.js';

export interface OpenIndexOptions {
  seedsDir: string;
  dataDir: string;
  embeddings: IdentifiedEmbeddings;
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

const INGEST_HINT = 'Run `npm run ingest` to build it.';

function readManifest(dataDir: string): IndexManifest {
  const file = join(dataDir, INDEX_FILES.manifest);
  if (!existsSync(file)) {
    throw new RapporteurError(ErrorCode.IndexMissing, `No index in ${dataDir}. ${INGEST_HINT}`);
  }
  try {
    return IndexManifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new RapporteurError(ErrorCode.IndexCorrupt, `The index manifest in ${dataDir} is unreadable. ${INGEST_HINT}`, {
      cause: error,
    });
  }
}

/**
 * Loads the index without re-embedding anything, refusing a stale one: built by another
 * embedder or from other seeds than those in `seedsDir` now.
 */
export async function openCorpusIndex(options: OpenIndexOptions): Promise<CorpusIndex> {
  const manifest = readManifest(options.dataDir);
  if (manifest.format !== INDEX_FORMAT) {
    throw new RapporteurError(
      ErrorCode.IndexStale,
      `The index in ${options.dataDir} was built by another version of Rapporteur. ${INGEST_HINT.replace('build', 'rebuild')}`,
    );
  }
  if (manifest.embedder !== options.embeddings.modelId) {
    throw new RapporteurError(
      ErrorCode.IndexStale,
      `The index was built with embedder ${manifest.embedder}, but ${options.embeddings.modelId} is configured. ${INGEST_HINT.replace('build', 'rebuild')}`,
    );
  }
  if (manifest.corpusChecksum !== seedsChecksum(options.seedsDir)) {
    throw new RapporteurError(
      ErrorCode.IndexStale,
      `The seeds in ${options.seedsDir} changed since the index was built. ${INGEST_HINT.replace('build', 'rebuild')}`,
    );
  }
  try {
    const stored = JSON.parse(readFileSync(join(options.dataDir, INDEX_FILES.records), 'utf8')) as {
      documents: DocumentInfo[];
      records: CorpusRecord[];
    };
    const vectors = await VectorIndex.read(join(options.dataDir, INDEX_FILES.vectors), options.embeddings);
    const keywords = KeywordIndex.fromJSON(readFileSync(join(options.dataDir, INDEX_FILES.keyword), 'utf8'));
    if (stored.records.length !== manifest.records || vectors.size !== manifest.records) {
      throw new Error(`expected ${manifest.records} records, found ${stored.records.length} and ${vectors.size} vectors`);
    }
    if (vectors.dimensions !== manifest.dimensions) {
      throw new Error(`expected vectors of ${manifest.dimensions} dimensions, found ${vectors.dimensions}`);
    }
    return { manifest, documents: stored.documents, records: stored.records, vectors, keywords, embeddings: options.embeddings };
  } catch (error) {
    throw new RapporteurError(
      ErrorCode.IndexCorrupt,
      `The index in ${options.dataDir} is damaged (${(error as Error).message}). ${INGEST_HINT.replace('build', 'rebuild')}`,
      { cause: error },
    );
  }
}
