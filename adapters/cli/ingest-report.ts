import type { Logger } from '../../bot/logger.js';
import type { IngestReport } from '../../retrieval/index/ingest-corpus.js';
import { indexChanges } from './ingest-changes.js';

const KIND = { 'action-plan': 'action plan', report: 'report' } as const;
const FORMAT = { text: 'text export', docx: 'Word file', pdf: 'PDF' } as const;
/** Beyond this many changed items the log gives counts only; the digest has the detail. */
const LISTED_CHANGES = 40;

/**
 * What `npm run ingest` says, one log line each: per seed file the kind recognised and the
 * records read, rows without a number, warnings (cells that did not map, tables that could not
 * be read) or why the file was skipped; then what changed against the previous index.
 */
export function logIngestReport(report: IngestReport, logger: Logger): void {
  // Skipped files are reported with their file below; what remains is about the manifest.
  for (const warning of report.warnings.filter((w) => !w.startsWith('Skipped seed '))) logger.warn(warning);
  for (const file of report.files) {
    if (file.skipped) {
      logger.warn({ file: file.file, format: file.format }, `${file.file}: not indexed: ${file.skipped}`);
      continue;
    }
    const kind = file.kind ? KIND[file.kind] : 'document';
    const unnumbered = file.unnumbered.length > 0 ? `; rows without a number: ${file.unnumbered.join(', ')}` : '';
    logger.info(
      { file: file.file, format: file.format, kind: file.kind, records: file.records, unnumbered: file.unnumbered },
      `${file.file}: ${FORMAT[file.format]}, ${kind}, ${file.records} records${unnumbered}`,
    );
    for (const warning of file.warnings) logger.warn({ file: file.file }, `${file.file}: ${warning}`);
  }
  if (!report.previous) {
    logger.info('first index in this DATA_DIR: no previous index to compare with');
    return;
  }
  const previousFiles = new Set(report.previous.documents.map((d) => d.file));
  const currentFiles = new Set(report.current.documents.map((d) => d.file));
  for (const file of currentFiles) if (!previousFiles.has(file)) logger.info({ file }, `new document: ${file}`);
  for (const file of previousFiles) if (!currentFiles.has(file)) logger.info({ file }, `document no longer indexed: ${file}`);
  for (const { series, from, to, changes } of indexChanges(report.previous, report.current)) {
    const count = (kind: string): number => changes.filter((c) => c.kind === kind).length;
    const counts = { added: count('added'), removed: count('removed'), changed: count('changed') };
    const edition = from.file === to.file ? to.file : `${from.file} → ${to.file}`;
    logger.info(
      { series, ...counts },
      changes.length === 0
        ? `${series} (${edition}): no action item changed`
        : `${series} (${edition}): ${counts.added} item(s) added, ${counts.removed} removed, ${counts.changed} changed`,
    );
    for (const change of changes.slice(0, LISTED_CHANGES)) {
      logger.info({ series, item: change.label, change: change.kind }, `  ${change.label} ${change.kind}: ${change.summary}`);
    }
    if (changes.length > LISTED_CHANGES) logger.info({ series }, `  … and ${changes.length - LISTED_CHANGES} more (see the digest)`);
  }
}
