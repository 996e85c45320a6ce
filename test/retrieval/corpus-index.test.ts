import { appendFileSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCorpusIndex } from '../../retrieval/index/corpus-index.js';
import { embeddingTexts } from '../../retrieval/index/index-text.js';
import { ingestCorpus } from '../../retrieval/index/ingest-corpus.js';
import { UseLiteEmbeddings } from '../../retrieval/embeddings/use-lite-embeddings.js';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';
import { searchCorpus } from '../../retrieval/query/search-corpus.js';
import { makeSmallSeeds } from '../support/small-seeds.js';

const embeddings = new UseLiteEmbeddings();

async function codeOf(action: () => unknown): Promise<string> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(RapporteurError);
    expect((error as Error).message).toContain('npm run ingest');
    return (error as RapporteurError).code;
  }
  return 'no error';
}

describe('ingest and load the persisted index', () => {
  let seedsDir: string;
  let dataDir: string;
  let firstEmbedded = 0;

  beforeAll(async () => {
    seedsDir = makeSmallSeeds();
    dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-index-'));
    writeFileSync(join(seedsDir, 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    const report = await ingestCorpus({ seedsDir, dataDir, embeddings });
    firstEmbedded = report.embedded;
    expect(report.warnings).toEqual([expect.stringContaining('Skipped seed scan.pdf: not a PDF file')]);
  });

  it('loads without embedding and answers an exact action item', async () => {
    const index = await openCorpusIndex({ seedsDir, dataDir, embeddings });
    expect(index.manifest.embedder).toBe('use-lite@0.2.0');
    expect(index.manifest.dimensions).toBe(512);
    expect(index.manifest.skipped.map((s) => s.file)).toEqual(['scan.pdf']);
    expect(index.documents.map((d) => d.file)).toEqual(['001_8bc5aacc5d96b944.txt', 'action-plan-excerpt.txt']);
    // An unlisted file is recognised as an action plan by its table.
    expect(index.documents[1]!.kind).toBe('action-plan');
    const result = await searchCorpus(index, 'What is the status of 44 ‑ 03?'.replace(' ‑ ', '\u2011'));
    expect(result.mode).toBe('exact');
    expect(result.hits[0]!.record).toMatchObject({ id: '44-03', resolution: '44' });
  });

  it('finds a report passage by meaning and words', async () => {
    const index = await openCorpusIndex({ seedsDir, dataDir, embeddings });
    const result = await searchCorpus(index, 'What did the Europe office do on EMF in Moldova?');
    expect(result.confident).toBe(true);
    const texts = result.hits.slice(0, 3).map((h) => (h.record.kind === 'passage' ? h.record.text : ''));
    expect(texts.some((t) => t.includes('Moldova'))).toBe(true);
  });

  it('keeps the vectors in a LangChain HNSWLib store, searched with a high ef after loading', async () => {
    const index = await openCorpusIndex({ seedsDir, dataDir, embeddings });
    const { store } = index.vectors;
    // hnswlib would search with ef 10 after reading the file; the index raises it.
    expect(store.index.getEf()).toBeGreaterThanOrEqual(100);
    const items = index.records.filter((r) => r.kind === 'action-item').length;
    // An action item has two vectors (start of its narrative, latest status); other records one.
    expect(store.index.getCurrentCount()).toBe(index.records.length + items);
    const item = index.records.findIndex((r) => r.kind === 'action-item' && r.id === '44-03');
    const text = embeddingTexts(index.records[item]!)[1]!;
    const [[document, distance]] = await store.similaritySearchVectorWithScore(await embeddings.embedQuery(text), 1);
    expect(document!.metadata).toEqual({ record: item });
    expect(document!.pageContent).toBe(text);
    expect(distance).toBeCloseTo(0, 5);
    const question = await embeddings.embedQuery('fellowships for delegates from developing countries');
    const hits = index.vectors.query(question, 5);
    expect(hits).toHaveLength(5);
    expect(hits[0]!.similarity).toBeCloseTo(index.vectors.similarity(question, hits[0]!.index), 5);
  });

  it('re-ingests unchanged seeds without embedding anything', async () => {
    expect(firstEmbedded).toBeGreaterThan(20);
    const again = await ingestCorpus({ seedsDir, dataDir, embeddings });
    expect(again.embedded).toBe(0);
  });

  it('refuses a missing, stale or corrupt index with the command to run', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'rapporteur-empty-'));
    expect(await codeOf(() => openCorpusIndex({ seedsDir, dataDir: empty, embeddings }))).toBe(ErrorCode.IndexMissing);

    const other = Object.assign(new UseLiteEmbeddings(), { modelId: 'another-model' });
    expect(await codeOf(() => openCorpusIndex({ seedsDir, dataDir, embeddings: other }))).toBe(ErrorCode.IndexStale);

    appendFileSync(join(seedsDir, '001_8bc5aacc5d96b944.txt'), '\nA new paragraph added after ingest.\n');
    expect(await codeOf(() => openCorpusIndex({ seedsDir, dataDir, embeddings }))).toBe(ErrorCode.IndexStale);
    await ingestCorpus({ seedsDir, dataDir, embeddings });

    const { edition } = (await openCorpusIndex({ seedsDir, dataDir, embeddings })).manifest;
    truncateSync(join(dataDir, 'editions', edition, 'vectors', 'hnswlib.index'), 100);
    expect(await codeOf(() => openCorpusIndex({ seedsDir, dataDir, embeddings }))).toBe(ErrorCode.IndexCorrupt);
    writeFileSync(join(dataDir, 'manifest.json'), '{ not json');
    expect(await codeOf(() => openCorpusIndex({ seedsDir, dataDir, embeddings }))).toBe(ErrorCode.IndexCorrupt);
  });
});
