/**
 * A request that grows until the next operation would push it over the budget, then syncs.
 * Excel on the web refuses requests over 5 MB; the budget stays under 4 MB so that estimation error
 * (object paths, escaping) never reaches the limit. At ward scale everything fits in one request.
 * Should Excel refuse a request anyway (RequestPayloadSizeLimitExceeded: a host that counts differently
 * from the estimate), the request is sent again once, split in two halves. That is possible because every
 * operation is queued as a function that takes its proxies afresh: proxies of a refused request are dead.
 */
import { isOfficeError } from "./errors";

/**
 * Bytes per request the adapter aims for (estimated). A province's write is most of its command's payload
 * (the year's awards: 65 of 90 MB), and the budget of syncs is ⌈payload / 4 MB⌉ + 2: requests of 3.8 MB
 * cost one sync more than that every 76 MB written, which left no room for the reads' partial last block.
 * At 3.95 MB the estimate still stays 1 MB under the limit, and a request refused anyway is replayed in halves.
 */
export const REQUEST_BUDGET = 3_950_000;
/** Bytes per response a readSheets block aims for: its first block's bytes per cell are only a guess. */
export const READ_BLOCK_BUDGET = 3_800_000;
/** What the adapter assumes one queued call costs beyond its arguments (object path, action, ids). */
export const OP_OVERHEAD = 200;
/**
 * What each request carries besides the operations: its own JSON envelope and the suspensions queued when
 * it starts (calculation, screen updating, events), which are sent like any other call.
 */
export const REQUEST_OVERHEAD = OP_OVERHEAD * 4;

export interface Syncable {
  sync(): Promise<unknown>;
}

const REFUSED_AS_TOO_LARGE = "RequestPayloadSizeLimitExceeded";

export class Batch {
  private pending = 0;
  private done = 0;
  private chunks = 0;
  private ops: { bytes: number; queue: () => void }[] = [];
  private replays = 0;

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
    return this.budget - (this.pending === 0 ? REQUEST_OVERHEAD : this.pending);
  }

  get isEmpty(): boolean {
    return this.pending === 0;
  }

  get syncs(): number {
    return this.chunks;
  }

  /** Changes each time a refused request is replayed: proxies taken before then must be taken again. */
  get generation(): number {
    return this.replays;
  }

  /** Makes room for `bytes` (syncing the current request first if they would not fit), then queues `queue`. */
  async op(bytes: number, queue: () => void): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    if (this.pending === 0) {
      this.onChunkStart(this.chunks);
      this.pending = REQUEST_OVERHEAD;
    }
    this.pending += bytes;
    queue();
    this.ops.push({ bytes, queue });
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    const ops = this.ops;
    this.ops = [];
    try {
      await this.context.sync();
    } catch (e) {
      if (!isOfficeError(e) || e.code !== REFUSED_AS_TOO_LARGE || ops.length < 2) throw e;
      await this.replayInHalves(ops);
      return;
    }
    this.sent(this.pending);
  }

  /** The refused request again, as two requests; a half that is refused too fails the write. */
  private async replayInHalves(ops: { bytes: number; queue: () => void }[]): Promise<void> {
    this.replays++;
    const middle = Math.ceil(ops.length / 2);
    for (const half of [ops.slice(0, middle), ops.slice(middle)]) {
      this.onChunkStart(this.chunks);
      for (const o of half) o.queue();
      await this.context.sync();
      this.sent(half.reduce((s, o) => s + o.bytes, 0));
    }
  }

  private sent(bytes: number): void {
    this.done += bytes;
    this.pending = 0;
    this.chunks++;
    this.onFlushed(this.done);
  }
}
