type Chunk = Awaited<ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']>>;

/** A server-sent event as a page's EventSource would see it. */
export interface StreamEvent {
  comment?: string;
  // Test assertions read arbitrary JSON.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: any;
}

/** Reads a server-sent event stream with fetch, as an open page does. */
export class EventStreamReader {
  private readonly decoder = new TextDecoder();
  private buffer = '';
  private pending?: Promise<Chunk>;
  readonly seen: StreamEvent[] = [];

  private constructor(
    readonly response: Response,
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    private readonly abort: AbortController,
  ) {}

  static async open(url: string): Promise<EventStreamReader> {
    const abort = new AbortController();
    const response = await fetch(url, { signal: abort.signal, headers: { accept: 'text/event-stream' } });
    return new EventStreamReader(response, response.body!.getReader(), abort);
  }

  /** Reads until an event matches, failing after `timeoutMs`. */
  async until(matches: (event: StreamEvent) => boolean, what: string, timeoutMs = 15_000): Promise<StreamEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.takeEvents().find(matches);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${what} did not arrive within ${timeoutMs} ms`);
      const chunk = await this.read(left);
      if (chunk === 'timeout') continue;
      if (chunk.done) throw new Error(`the stream ended before ${what}`);
      this.buffer += this.decoder.decode(chunk.value, { stream: true });
    }
  }

  /** A read left waiting by a timeout is kept for the next call: starting another would lose its chunk. */
  private async read(timeoutMs: number): Promise<Chunk | 'timeout'> {
    this.pending ??= this.reader.read();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(resolve, timeoutMs, 'timeout')));
    const result = await Promise.race([this.pending, timeout]);
    clearTimeout(timer);
    if (result !== 'timeout') this.pending = undefined;
    return result;
  }

  close(): void {
    this.abort.abort();
  }

  private takeEvents(): StreamEvent[] {
    const blocks = this.buffer.split('\n\n');
    this.buffer = blocks.pop() ?? '';
    const events = blocks.filter((block) => block.trim()).map(parseEvent);
    this.seen.push(...events);
    return events;
  }
}

function parseEvent(block: string): StreamEvent {
  const lines = block.split('\n');
  const comment = lines.find((line) => line.startsWith(':'))?.slice(1).trim();
  const data = lines.filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim());
  return { ...(comment !== undefined && { comment }), ...(data.length && { data: JSON.parse(data.join('\n')) }) };
}
