import { Worker } from 'node:worker_threads';

interface Pending {
  resolve: (vector: number[]) => void;
  reject: (error: Error) => void;
}

/**
 * USE-lite runs on one core per model, so cold ingest embeds on every core: one worker thread
 * per core, each with its own model, pulling the next text as soon as it is free.
 */
export class EmbeddingWorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./use-lite-worker.mjs', import.meta.url));
      worker.on('message', ({ id, vector, error }: { id: number; vector?: number[]; error?: string }) => {
        const waiting = this.pending.get(id);
        this.pending.delete(id);
        if (error || !vector) waiting?.reject(new Error(`embedding failed: ${error ?? 'no vector'}`));
        else waiting?.resolve(vector);
      });
      worker.on('error', (error) => this.failAll(error));
      this.workers.push(worker);
    }
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private send(worker: Worker, text: string): Promise<number[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text });
    });
  }

  /** Embeds texts in order, each worker taking the next text when it finishes one. */
  async embed(texts: string[], onEmbedded?: () => void): Promise<number[][]> {
    const vectors: number[][] = new Array(texts.length);
    let next = 0;
    await Promise.all(
      this.workers.map(async (worker) => {
        while (next < texts.length) {
          const index = next++;
          vectors[index] = await this.send(worker, texts[index]!);
          onEmbedded?.();
        }
      }),
    );
    return vectors;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
