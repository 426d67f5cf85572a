import { Client, Connection, Submittable } from 'pg';

/** The copy messages node-postgres's connection sends, which its type declarations leave out. */
type CopyConnection = Connection & { sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void; sendCopyFail(message: string): void };

/**
 * COPY through node-postgres's submittable-query interface, which hands the copy sub-protocol to the
 * query object: out collects the server's CopyData messages, in answers CopyInResponse with the chunks.
 */
abstract class CopyQuery implements Submittable {
  private settle?: (error?: Error) => void;
  readonly finished = new Promise<void>((resolve, reject) => {
    this.settle = (error) => (error ? reject(error) : resolve());
  });

  constructor(private readonly text: string) {}

  submit(connection: Connection): void {
    connection.query(this.text);
  }

  handleCopyData(_message: { chunk: Buffer }): void {}

  handleCopyInResponse(connection: Connection): void {
    (connection as CopyConnection).sendCopyFail('this query sends no data');
  }

  handleError(error: Error): void {
    this.settle?.(error);
    this.settle = undefined;
  }

  handleReadyForQuery(): void {
    this.settle?.();
    this.settle = undefined;
  }

  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
}

class CopyOut extends CopyQuery {
  readonly chunks: Buffer[] = [];

  // The parser's buffer is reused for the next message, so each chunk is copied out of it.
  override handleCopyData(message: { chunk: Buffer }): void {
    this.chunks.push(Buffer.from(message.chunk));
  }
}

class CopyIn extends CopyQuery {
  constructor(
    text: string,
    private readonly chunks: Buffer[],
  ) {
    super(text);
  }

  override handleCopyInResponse(connection: Connection): void {
    const sender = connection as CopyConnection;
    for (const chunk of this.chunks) sender.sendCopyFromChunk(chunk);
    sender.endCopyFrom();
  }
}

/** Runs `COPY … TO STDOUT` and returns what the server sent. */
export async function copyOut(client: Client, sql: string): Promise<Buffer[]> {
  const query = client.query(new CopyOut(sql));
  await query.finished;
  return query.chunks;
}

/** Runs `COPY … FROM STDIN` with the given data. */
export async function copyIn(client: Client, sql: string, chunks: Buffer[]): Promise<void> {
  await client.query(new CopyIn(sql, chunks)).finished;
}
