import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';

/** Keystone sends it with every attempt: `${alertId}:${webhookId}`. */
const DELIVERY_ID_HEADER = 'x-keystone-delivery-id';
const ROBOT_OK = JSON.stringify({ errcode: 0, errmsg: 'ok' });

export interface Receipts {
  /** Deliveries received at least once. */
  distinct: number;
  /** Every receipt, repeats included. */
  total: number;
  /** When the last delivery first arrived, in ms since the epoch. */
  lastFirstArrival: number;
}

/**
 * A group robot on 127.0.0.1 that takes every alert delivery, answers as a robot does, and notes when each
 * delivery first arrived and how often it came.
 */
export class WebhookReceiver {
  private readonly firstArrival = new Map<string, number>();
  private readonly arrivals = new Map<string, number>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookReceiver> {
    const server = createServer();
    const receiver = new WebhookReceiver(server);
    server.on('request', (request, response) => receiver.take(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/robot`;
  }

  /** What has arrived of the deliveries whose id the filter picks. */
  receipts(picked: (deliveryId: string) => boolean): Receipts {
    const ids = [...this.arrivals.keys()].filter(picked);
    return {
      distinct: ids.length,
      total: ids.reduce((sum, id) => sum + this.arrivals.get(id)!, 0),
      lastFirstArrival: Math.max(0, ...ids.map((id) => this.firstArrival.get(id)!)),
    };
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private take(request: IncomingMessage, response: ServerResponse): void {
    const arrived = Date.now();
    const id = request.headers[DELIVERY_ID_HEADER];
    request.resume();
    request.on('end', () => {
      if (typeof id === 'string') {
        if (!this.firstArrival.has(id)) this.firstArrival.set(id, arrived);
        this.arrivals.set(id, (this.arrivals.get(id) ?? 0) + 1);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(ROBOT_OK);
    });
  }
}
