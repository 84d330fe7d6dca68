/**
 * Sizes the messages a long list travels in, so that each takes about `targetMs` to copy. The
 * receiving thread unpacks every message as one task of its own, so no task grows with the list.
 * The first message is small; the next ones follow the measured time per item.
 */
export class ChunkSizer {
  private size: number;

  constructor(
    private readonly targetMs = 6,
    initial = 64,
    private readonly min = 16,
    private readonly max = 20_000
  ) {
    this.size = initial;
  }

  get next(): number {
    return this.size;
  }

  /** `count` items took `ms` to send. */
  record(count: number, ms: number): void {
    if (count < this.size) return; // a short last chunk tells little
    const wanted = (this.targetMs * count) / Math.max(ms, 0.05);
    this.size = Math.round(Math.min(this.max, Math.max(this.min, Math.min(wanted, this.size * 2))));
  }
}

/** Sends `items` in chunks sized by a ChunkSizer; `send` posts one chunk. */
export function sendInChunks<T>(items: readonly T[], send: (chunk: readonly T[]) => void): void {
  for (const _ of chunked(items, send));
}

/**
 * As sendInChunks, awaiting `pause` after each chunk: for a sender on the page, which must let the
 * page handle input between chunks.
 */
export async function sendInChunksPausing<T>(
  items: readonly T[],
  send: (chunk: readonly T[]) => void,
  pause: () => Promise<void>
): Promise<void> {
  for (const _ of chunked(items, send)) await pause();
}

/** Sends one chunk per step, each sized by how long the one before took to send. */
function* chunked<T>(items: readonly T[], send: (chunk: readonly T[]) => void): Generator<void> {
  const sizer = new ChunkSizer();
  for (let at = 0; at < items.length;) {
    const chunk = items.slice(at, at + sizer.next);
    const started = performance.now();
    send(chunk);
    sizer.record(chunk.length, performance.now() - started);
    at += chunk.length;
    yield;
  }
}
