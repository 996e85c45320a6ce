import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, RapporteurError } from '../errors.js';
import { loadSeed, seedFormat, seedText, decodeTextSeed, type LoadedSeed, type SeedFormat } from './loaders/load-seed.js';
import { parseActionPlan, parseActionPlanBlocks, type ActionPlan } from './parse-action-plan.js';
import { parseReportBlocks } from './parse-report-blocks.js';
import { parseSectionedReport } from './parse-sectioned-report.js';
import type { Corpus, CorpusRecord, DocumentInfo } from './records.js';
import { describeDocument, readSeedManifest } from './seed-manifest.js';

export interface SeedFile {
  file: string;
  text: string;
}

/** What ingest says about one seed file. */
export interface SeedFileReport {
  file: string;
  format: SeedFormat;
  /** The document kind recognised (from the manifest or the content); absent when unreadable. */
  kind?: DocumentInfo['kind'];
  records: number;
  /** Rows kept without a number ("unnumbered row after 22-09"). */
  unnumbered: string[];
  /** Cells that did not map, tables that could not be read, how a PDF's tables were read. */
  warnings: string[];
  /** Why the file was left out, when it was. */
  skipped?: string;
}

/** The seed files' names, sorted: everything but the manifest and hidden files. */
export function seedFileNames(seedsDir: string): string[] {
  if (!existsSync(seedsDir)) {
    throw new RapporteurError(ErrorCode.SeedsMissing, `Seeds folder ${seedsDir} not found: copy the reports into it (see README).`);
  }
  return readdirSync(seedsDir)
    .filter((file) => file !== 'manifest.json' && !file.startsWith('.'))
    .sort();
}

/**
 * The text exports in the seeds folder, read synchronously (digests before an index exists).
 * Word and PDF seeds are listed in `skipped`: they are read by ingest, and reach digests
 * through the index.
 */
export function readSeedFiles(seedsDir: string): { files: SeedFile[]; skipped: Corpus['skipped'] } {
  const files: SeedFile[] = [];
  const skipped: Corpus['skipped'] = [];
  for (const file of seedFileNames(seedsDir)) {
    if (seedFormat(file) !== 'text') {
      skipped.push({ file, reason: 'Word and PDF files are read by `npm run ingest` and reach digests through the index' });
      continue;
    }
    try {
      files.push({ file, text: decodeTextSeed(readFileSync(join(seedsDir, file))) });
    } catch (error) {
      skipped.push({ file, reason: (error as Error).message });
    }
  }
  return { files, skipped };
}

/** Checksum of every seed file's bytes and the manifest: a changed seed makes the index stale. */
export function seedsChecksum(seedsDir: string): string {
  const hash = createHash('sha256');
  for (const file of seedFileNames(seedsDir)) hash.update(file).update('\0').update(readFileSync(join(seedsDir, file))).update('\0');
  hash.update(JSON.stringify(readSeedManifest(seedsDir).manifest));
  return hash.digest('hex');
}

function planRecords(plan: ActionPlan): CorpusRecord[] {
  if (plan.items.length === 0) throw new Error('no action items found in an action-plan document');
  return [...plan.resolutions, ...plan.items, ...plan.appendices];
}

/** Parses one text export into records; throws when the file yields nothing usable. */
export function parseDocument(doc: DocumentInfo, text: string): CorpusRecord[] {
  if (doc.kind === 'action-plan') return planRecords(parseActionPlan(text, doc));
  const passages = parseSectionedReport(text, doc);
  if (passages.length === 0) throw new Error('no text passages found');
  return passages;
}

/** Parses a loaded seed of any type, with what the ingest report says about it. */
export function parseSeed(doc: DocumentInfo, seed: LoadedSeed): { records: CorpusRecord[]; unnumbered: string[]; warnings: string[] } {
  if (doc.kind === 'action-plan') {
    const plan = seed.format === 'text' ? parseActionPlan(seed.text, doc) : parseActionPlanBlocks(seed.blocks, doc);
    return { records: planRecords(plan), unnumbered: plan.unnumbered, warnings: plan.warnings };
  }
  const passages = seed.format === 'text' ? parseSectionedReport(seed.text, doc) : (parseReportBlocks(seed.blocks, doc) ?? parseSectionedReport(seedText(seed), doc));
  if (passages.length === 0) throw new Error('no text passages found');
  return { records: passages, unnumbered: [], warnings: [] };
}

/**
 * Documents → records, for every seed that can be read (text exports, Word, PDF); a file that
 * cannot be read is listed in `skipped` with the reason, and the rest is still indexed.
 */
export async function loadCorpus(seedsDir: string): Promise<Corpus & { warnings: string[]; files: SeedFileReport[] }> {
  const { manifest, problem } = readSeedManifest(seedsDir);
  const documents: DocumentInfo[] = [];
  const records: CorpusRecord[] = [];
  const skipped: Corpus['skipped'] = [];
  const files: SeedFileReport[] = [];
  for (const file of seedFileNames(seedsDir)) {
    const report: SeedFileReport = { file, format: seedFormat(file), records: 0, unnumbered: [], warnings: [] };
    files.push(report);
    try {
      const seed = await loadSeed(seedsDir, file);
      const doc = describeDocument(file, seedText(seed), manifest);
      report.kind = doc.kind;
      const parsed = parseSeed(doc, seed);
      Object.assign(report, { records: parsed.records.length, unnumbered: parsed.unnumbered, warnings: [...seed.notes, ...parsed.warnings] });
      records.push(...parsed.records);
      documents.push(doc);
    } catch (error) {
      // A SeedProblem says why in words; any other failure is a parser's message.
      report.skipped = error instanceof Error ? error.message : String(error);
      skipped.push({ file, reason: report.skipped });
    }
  }
  if (documents.length === 0) {
    const reasons = skipped.map((s) => `${s.file}: ${s.reason}`).join('; ');
    throw new RapporteurError(ErrorCode.SeedsMissing, `No readable reports in ${seedsDir}${reasons ? ` (${reasons})` : ''}: copy the seed files into it (see README).`);
  }
  const warnings = [...(problem ? [problem] : []), ...skipped.map((s) => `Skipped seed ${s.file}: ${s.reason}`)];
  return { documents, records, skipped, warnings, files };
}
