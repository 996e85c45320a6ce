/** Where the server is in its life: what `/readyz` reports and what channels check. */
export type ReadinessState = 'starting' | 'ready' | 'draining';

/** The index edition answers come from, as `/readyz` reports it. */
export interface IndexEdition {
  builtAt: string;
  seedsChecksum: string;
  records: number;
}

/**
 * The server listens before its index is loaded (a first-run ingest takes minutes), so
 * liveness and readiness differ: `/healthz` is always 200, `/readyz` only once the answerer
 * is in place and until shutdown begins.
 */
export class Readiness {
  private current: ReadinessState = 'starting';
  private note = 'loading the index';
  private edition: IndexEdition | undefined;

  get state(): ReadinessState {
    return this.current;
  }

  /** A short human-readable reason, e.g. `ingesting seeds (120/800)`. */
  get detail(): string {
    return this.note;
  }

  /** The edition in use (set when the index loads and each time a new edition replaces it). */
  get index(): IndexEdition | undefined {
    return this.edition;
  }

  useIndex(edition: IndexEdition): void {
    this.edition = edition;
  }

  isReady(): boolean {
    return this.current === 'ready';
  }

  /** Updates what the server is doing while it starts; ignored once ready or draining. */
  progress(detail: string): void {
    if (this.current === 'starting') this.note = detail;
  }

  markReady(): void {
    if (this.current === 'draining') return;
    this.current = 'ready';
    this.note = 'answering questions';
  }

  /** Shutdown has begun: load balancers should stop sending traffic. */
  markDraining(): void {
    this.current = 'draining';
    this.note = 'shutting down';
  }
}
