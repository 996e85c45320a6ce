import type { Answerer } from '../../bot/answer.js';
import { silentLogger, type Logger } from '../../bot/logger.js';
import type { ChannelMount } from '../../adapters/server/channel-mount.js';
import { createServer, type RapporteurServer } from '../../adapters/server/create-server.js';
import { Readiness } from '../../adapters/server/readiness.js';
import type { DigestPreview } from '../../adapters/web/digest-route.js';

export interface ServedForTest {
  server: RapporteurServer;
  readiness: Readiness;
  url: string;
}

/** The real server on a free loopback port, with small limits so tests can reach them. */
export async function serveForTest(
  answerer: Answerer,
  options: {
    ready?: boolean;
    maxQuestionChars?: number;
    rateLimitPerMinute?: number;
    channels?: ChannelMount[];
    digestPreview?: DigestPreview;
    /** Silent unless a test reads the log. */
    logger?: Logger;
  } = {},
): Promise<ServedForTest> {
  const readiness = new Readiness();
  if (options.ready ?? true) readiness.markReady();
  const server = createServer({
    answerer,
    readiness,
    channels: options.channels ?? [],
    logger: options.logger ?? silentLogger,
    maxQuestionChars: options.maxQuestionChars ?? 200,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 100,
    digestPreview: options.digestPreview,
  });
  const { url } = await server.listen(0, '127.0.0.1');
  return { server, readiness, url };
}

/** POSTs JSON and returns status, parsed body and headers. */
export async function postJson(url: string, body: unknown): Promise<{ status: number; json: any; headers: Headers }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json(), headers: response.headers };
}
