/**
 * A request that grows until the next operation would push it over the budget, then syncs.
 * Excel on the web refuses requests over 5 MB; the budget stays under 4 MB so that estimation error
 * (object paths, escaping) never reaches the limit. At ward scale everything fits in one request.
 */

/** Bytes per request the adapter aims for (estimated). */
export const REQUEST_BUDGET = 3_800_000;
/** What the adapter assumes one queued call costs beyond its arguments (object path, action, ids). */
export const OP_OVERHEAD = 200;

export interface Syncable {
  sync(): Promise<unknown>;
}

export class Batch {
  private pending = 0;
  private done = 0;
  private chunks = 0;

  constructor(
    private readonly context: Syncable,
    /** Called when the first operation of a request is queued (suspensions last until the next sync). */
    private readonly onChunkStart: (chunkIndex: number) => void,
    /** Called after each sync with the bytes sent so far. */
    private readonly onFlushed: (bytesDone: number) => void = () => undefined,
    readonly budget = REQUEST_BUDGET,
  ) {}

  /** Bytes still free in the current request. */
  get room(): number {
    return this.budget - this.pending;
  }

  get isEmpty(): boolean {
    return this.pending === 0;
  }

  get syncs(): number {
    return this.chunks;
  }

  /** Makes room for `bytes` (syncing the current request first if they would not fit) and counts them. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    if (this.pending === 0) this.onChunkStart(this.chunks);
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.context.sync();
    this.done += this.pending;
    this.pending = 0;
    this.chunks++;
    this.onFlushed(this.done);
  }
}
