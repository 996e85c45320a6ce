import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Embeddings } from '@langchain/core/embeddings';

/** An embeddings provider with a stable identity, so cached vectors are never mixed across models. */
export interface IdentifiedEmbeddings extends Embeddings {
  readonly modelId: string;
}

/** A provider that can say as it goes how many texts are done (for progress bars). */
export interface ProgressEmbeddings {
  embedDocumentsWithProgress(texts: string[], onEmbedded: () => void): Promise<number[][]>;
}

function isProgressEmbeddings(embeddings: object): embeddings is ProgressEmbeddings {
  return typeof (embeddings as Partial<ProgressEmbeddings>).embedDocumentsWithProgress === 'function';
}

/**
 * Wraps an embeddings provider with a persistent cache keyed by model and text hash, so
 * re-ingesting unchanged text embeds nothing.
 */
export class CachedEmbeddings extends Embeddings implements IdentifiedEmbeddings {
  private readonly vectors = new Map<string, Float32Array>();
  private dirty = false;

  constructor(
    private readonly inner: IdentifiedEmbeddings,
    private readonly file: string,
  ) {
    super({});
    this.loadFile();
  }

  get modelId(): string {
    return this.inner.modelId;
  }

  private key(text: string): string {
    return createHash('sha256').update(this.inner.modelId).update('\0').update(text).digest('hex');
  }

  /** A corrupt cache is only a cache: it is dropped and rebuilt. */
  private loadFile(): void {
    if (!existsSync(this.file)) return;
    try {
      const stored = JSON.parse(readFileSync(this.file, 'utf8')) as { modelId: string; vectors: Record<string, string> };
      if (stored.modelId !== this.inner.modelId) return;
      for (const [key, base64] of Object.entries(stored.vectors)) {
        const bytes = Buffer.from(base64, 'base64');
        this.vectors.set(key, new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4));
      }
    } catch {
      this.vectors.clear();
    }
  }

  /** How many of these texts would need embedding. */
  countMissing(texts: string[]): number {
    return texts.filter((t) => !this.vectors.has(this.key(t))).length;
  }

  async embedDocuments(texts: string[], onEmbedded?: (done: number) => void): Promise<number[][]> {
    const missing = [...new Set(texts.filter((t) => !this.vectors.has(this.key(t))))];
    let done = texts.length - missing.length;
    onEmbedded?.(done);
    const report = (): void => onEmbedded?.(++done);
    const fresh = isProgressEmbeddings(this.inner)
      ? await this.inner.embedDocumentsWithProgress(missing, report)
      : await this.inner.embedDocuments(missing);
    if (!isProgressEmbeddings(this.inner)) missing.forEach(report);
    missing.forEach((text, i) => this.vectors.set(this.key(text), Float32Array.from(fresh[i]!)));
    if (missing.length > 0) this.dirty = true;
    return texts.map((text) => Array.from(this.vectors.get(this.key(text))!));
  }

  embedQuery(text: string): Promise<number[]> {
    return this.inner.embedQuery(text);
  }

  /** Writes the cache atomically (temp file + rename) so a crash never leaves half a file. */
  save(): void {
    if (!this.dirty) return;
    const vectors: Record<string, string> = {};
    for (const [key, vector] of this.vectors) {
      vectors[key] = Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString('base64');
    }
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify({ modelId: this.inner.modelId, vectors }));
    renameSync(temp, this.file);
    this.dirty = false;
  }
}
