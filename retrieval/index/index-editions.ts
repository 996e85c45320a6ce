import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, RapporteurError } from '../errors.js';
import { INDEX_FILES, IndexManifestSchema, type IndexManifest } from './index-manifest.js';

const INGEST_HINT = 'Run `npm run ingest` to build it.';
const TEMPORARY = '.tmp-';

/** The folder of one edition of the index. */
export function editionDir(dataDir: string, edition: string): string {
  return join(dataDir, INDEX_FILES.editions, edition);
}

/** The current index manifest; IndexMissing or IndexCorrupt (with the command to run) when there is none. */
export function readIndexManifest(dataDir: string): IndexManifest {
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

/** The current manifest, or undefined when there is no readable index. */
export function currentIndexManifest(dataDir: string): IndexManifest | undefined {
  try {
    return readIndexManifest(dataDir);
  } catch {
    return undefined;
  }
}

/**
 * Writes a new edition's files into a temporary folder, then renames it into place: the folder
 * either does not exist or is complete.
 */
export async function writeEdition(dataDir: string, edition: string, write: (dir: string) => Promise<void>): Promise<void> {
  const temporary = editionDir(dataDir, `${TEMPORARY}${edition}`);
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  try {
    await write(temporary);
    renameSync(temporary, editionDir(dataDir, edition));
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Makes `manifest` current in one rename (readers see the old manifest or the new one, never a
 * mix), then removes editions other than this one and the one it replaces: a server may still
 * be loading that one.
 */
export function publishEdition(dataDir: string, manifest: IndexManifest, previous?: string): void {
  const file = join(dataDir, INDEX_FILES.manifest);
  const temporary = `${file}${TEMPORARY}${process.pid}`;
  writeFileSync(temporary, JSON.stringify(manifest, null, 2));
  renameSync(temporary, file);
  const keep = new Set([manifest.edition, previous]);
  for (const name of readdirSync(join(dataDir, INDEX_FILES.editions))) {
    if (!keep.has(name) && !name.startsWith(TEMPORARY)) rmSync(editionDir(dataDir, name), { recursive: true, force: true });
  }
}
