import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, RapporteurError } from '../errors.js';
import { parseActionPlan } from './parse-action-plan.js';
import { parseSectionedReport } from './parse-sectioned-report.js';
import type { Corpus, CorpusRecord, DocumentInfo } from './records.js';
import { describeDocument, readSeedManifest } from './seed-manifest.js';

export interface SeedFile {
  file: string;
  text: string;
}

/** Text files in the seeds folder, sorted; binary or undecodable files are reported, not read. */
export function readSeedFiles(seedsDir: string): { files: SeedFile[]; skipped: Corpus['skipped'] } {
  if (!existsSync(seedsDir)) {
    throw new RapporteurError(ErrorCode.SeedsMissing, `Seeds folder ${seedsDir} not found: copy the reports into it (see README).`);
  }
  const files: SeedFile[] = [];
  const skipped: Corpus['skipped'] = [];
  for (const file of readdirSync(seedsDir).sort()) {
    if (file === 'manifest.json' || file.startsWith('.')) continue;
    const bytes = readFileSync(join(seedsDir, file));
    if (bytes.includes(0)) {
      skipped.push({ file, reason: 'binary file (contains NUL bytes), not a text export' });
      continue;
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const replacements = (text.match(/\uFFFD/g) ?? []).length;
    if (replacements > text.length / 100) {
      skipped.push({ file, reason: 'not UTF-8 text' });
      continue;
    }
    files.push({ file, text });
  }
  return { files, skipped };
}

/** Checksum of the readable seed texts and the manifest: a changed seed makes the index stale. */
export function seedsChecksum(seedsDir: string): string {
  const { files } = readSeedFiles(seedsDir);
  const { manifest } = readSeedManifest(seedsDir);
  const hash = createHash('sha256');
  for (const { file, text } of files) hash.update(file).update('\0').update(text).update('\0');
  hash.update(JSON.stringify(manifest));
  return hash.digest('hex');
}

/** Parses one seed into records; throws when the file yields nothing usable. */
export function parseDocument(doc: DocumentInfo, text: string): CorpusRecord[] {
  if (doc.kind === 'action-plan') {
    const plan = parseActionPlan(text, doc);
    if (plan.items.length === 0) throw new Error('no action items found in an action-plan document');
    return [...plan.resolutions, ...plan.items];
  }
  const passages = parseSectionedReport(text, doc);
  if (passages.length === 0) throw new Error('no text passages found');
  return passages;
}

/** Documents → records, for every seed that parses; broken seeds are listed in `skipped`. */
export function loadCorpus(seedsDir: string): Corpus & { warnings: string[] } {
  const { files, skipped } = readSeedFiles(seedsDir);
  const { manifest, problem } = readSeedManifest(seedsDir);
  const documents: DocumentInfo[] = [];
  const records: CorpusRecord[] = [];
  for (const seed of files) {
    const doc = describeDocument(seed.file, seed.text, manifest);
    try {
      records.push(...parseDocument(doc, seed.text));
      documents.push(doc);
    } catch (error) {
      skipped.push({ file: seed.file, reason: (error as Error).message });
    }
  }
  if (documents.length === 0) {
    throw new RapporteurError(ErrorCode.SeedsMissing, `No readable reports in ${seedsDir}: copy the seed files into it (see README).`);
  }
  const warnings = [
    ...(problem ? [problem] : []),
    ...skipped.map((s) => `Skipped seed ${s.file}: ${s.reason}`),
  ];
  return { documents, records, skipped, warnings };
}
