import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** A message the app sent back over the socket (acks carry the `envelope_id`). */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

/**
 * Slack's Socket Mode endpoint on loopback: greets each connection with `hello`, pushes
 * envelopes (`events_api`, `slash_commands`, `interactive`) and records the app's acks.
 * Pair it with FakeSlackApi answering `apps.connections.open` with `url`.
 */
export class FakeSlackSocket {
  readonly acks: SocketAck[] = [];
  private readonly sockets = new Set<WebSocket>();

  private constructor(
    private readonly server: WebSocketServer,
    readonly url: string,
  ) {
    server.on('connection', (socket: WebSocket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('message', (data: unknown) => this.acks.push(JSON.parse(String(data)) as SocketAck));
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0001' } }));
    });
  }

  static async start(): Promise<FakeSlackSocket> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    return new FakeSlackSocket(server, `ws://127.0.0.1:${port}/link/?ticket=fake`);
  }

  get connections(): number {
    return this.sockets.size;
  }

  /** Sends an envelope to every connected app. */
  push(envelope: { envelope_id: string; type: string; payload: object; retry_attempt?: number; accepts_response_payload?: boolean }): void {
    const message = JSON.stringify({ retry_attempt: 0, retry_reason: '', accepts_response_payload: false, ...envelope });
    for (const socket of this.sockets) socket.send(message);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
