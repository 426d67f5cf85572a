import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface RobotPost {
  deliveryId: string;
  /** The 1-based attempt of this delivery id, as this receiver counts them. */
  attempt: number;
  url: URL;
  // Test assertions read arbitrary JSON.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  accepted: boolean;
}

export interface RobotReply {
  status: number;
  body: unknown;
}

export const ROBOT_OK: RobotReply = { status: 200, body: { errcode: 0, errmsg: 'ok' } };

/** How the robot answers the given attempt of a delivery. */
export type RobotBehaviour = (attempt: number) => RobotReply;

/** A DingTalk or WeCom group robot stand-in on 127.0.0.1: records every post and answers as told. */
export class RobotReceiver {
  readonly posts: RobotPost[] = [];

  private constructor(
    private readonly server: Server,
    private readonly behaviour: RobotBehaviour,
  ) {}

  static async start(behaviour: RobotBehaviour = () => ROBOT_OK): Promise<RobotReceiver> {
    const server = createServer();
    const receiver = new RobotReceiver(server, behaviour);
    server.on('request', (request, response) => {
      void receiver.receive(request).then((reply) => response.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  /** The robot's webhook address, with an access token in the query as DingTalk's and WeCom's have. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/robot/send?access_token=robot-token-0123`;
  }

  /** The posts about one project's alerts: alert ids start with the project code. */
  postsFor(projectCode: string): RobotPost[] {
    return this.posts.filter((post) => post.deliveryId.startsWith(`${projectCode}.`));
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async receive(request: IncomingMessage): Promise<RobotReply> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const deliveryId = String(request.headers['x-keystone-delivery-id'] ?? '');
    const attempt = this.posts.filter((post) => post.deliveryId === deliveryId).length + 1;
    const reply = this.behaviour(attempt);
    const accepted = reply.status === 200 && (reply.body as { errcode?: number }).errcode === 0;
    this.posts.push({ deliveryId, attempt, url: new URL(request.url ?? '/', 'http://127.0.0.1'), body: JSON.parse(Buffer.concat(chunks).toString('utf8')), accepted });
    return reply;
  }
}
