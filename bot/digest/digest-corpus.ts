import { parseDocument, readSeedFiles } from '../../retrieval/corpus/load-corpus.js';
import type { Corpus, CorpusRecord, DocumentInfo } from '../../retrieval/corpus/records.js';
import { describeDocument, readSeedManifest } from '../../retrieval/corpus/seed-manifest.js';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';

/** What a digest is built from: every document, and the records of the ones it reads. */
export type DigestCorpus = Pick<Corpus, 'documents' | 'records' | 'skipped'>;

/**
 * The digest corpus of the index edition answers come from: a running server builds digests
 * from it, so chat and digest never disagree between an edit of the seeds and the ingest that
 * follows (Word and PDF seeds reach digests this way too).
 */
export function indexedDigestCorpus(index: { documents: DocumentInfo[]; records: CorpusRecord[]; manifest: Pick<Corpus, 'skipped'> }): DigestCorpus {
  return { documents: index.documents, records: index.records, skipped: index.manifest.skipped };
}

/** Editions are ordered by `edition`, then file name: the last one is the current edition. */
export function compareEditions(a: DocumentInfo, b: DocumentInfo): number {
  return a.edition.localeCompare(b.edition) || a.file.localeCompare(b.file);
}

/** Documents grouped by series, each series oldest edition first. */
export function editionsBySeries(documents: DocumentInfo[]): Map<string, DocumentInfo[]> {
  const series = new Map<string, DocumentInfo[]>();
  for (const doc of [...documents].sort(compareEditions)) {
    series.set(doc.series, [...(series.get(doc.series) ?? []), doc]);
  }
  return series;
}

/**
 * The seeds as a digest needs them, without embedding: every document is described, but only
 * action plans and the reports of a series with two or more editions are parsed (a digest
 * reads nothing else, and parsing a long report takes seconds). Unreadable seeds are skipped
 * and listed, like `loadCorpus` does.
 */
export function loadDigestCorpus(seedsDir: string): DigestCorpus {
  const { files, skipped } = readSeedFiles(seedsDir);
  const { manifest } = readSeedManifest(seedsDir);
  const described = files.map((seed) => ({ seed, doc: describeDocument(seed.file, seed.text, manifest) }));
  const seriesSize = new Map<string, number>();
  for (const { doc } of described) seriesSize.set(doc.series, (seriesSize.get(doc.series) ?? 0) + 1);

  const documents: DocumentInfo[] = [];
  const records: CorpusRecord[] = [];
  for (const { seed, doc } of described) {
    const needed = doc.kind === 'action-plan' || (seriesSize.get(doc.series) ?? 0) > 1;
    try {
      if (needed) records.push(...parseDocument(doc, seed.text));
      documents.push(doc);
    } catch (error) {
      skipped.push({ file: seed.file, reason: (error as Error).message });
    }
  }
  if (documents.length === 0) {
    throw new RapporteurError(ErrorCode.SeedsMissing, `No readable reports in ${seedsDir}: copy the seed files into it (see README).`);
  }
  return { documents, records, skipped };
}
