import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { DeferredAnswerer } from '../../adapters/server/deferred-answerer.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { postJson, serveForTest, type ServedForTest } from './serve-for-test.js';

interface Line {
  level: number;
  msg: string;
  err?: { message: string; stack: string };
  [field: string]: unknown;
}

const INFO = 30;
const WARN = 40;
const ERROR = 50;

/** The server's real JSON log lines, kept for assertions. */
function jsonLog(): { logger: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString('utf8').split('\n')) if (text) lines.push(JSON.parse(text) as Line);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

/** The request line for `message`, once the response has finished and it is written. */
async function requestLine(lines: Line[], message: string): Promise<Line> {
  await expect.poll(() => lines.find((l) => l.msg === message)).toBeDefined();
  return lines.find((l) => l.msg === message)!;
}

let served: ServedForTest | undefined;
afterEach(async () => {
  await served?.server.close();
  served = undefined;
});

describe('request log lines', () => {
  it('logs a question asked while the index is still being built as info, without a stack', async () => {
    const { logger, lines } = jsonLog();
    served = await serveForTest(new DeferredAnswerer(), { ready: false, logger });
    expect((await fetch(`${served.url}/readyz`)).status).toBe(503);
    expect((await postJson(`${served.url}/api/ask`, { question: 'regional offices' })).status).toBe(503);

    const line = await requestLine(lines, 'POST /api/ask 503');
    expect(line).toMatchObject({ level: INFO, req: { method: 'POST', url: '/api/ask' }, res: { statusCode: 503 } });
    expect(line).not.toHaveProperty('err');
    // Probes are never logged, ready or not.
    expect(lines.filter((l) => JSON.stringify(l).includes('/readyz'))).toEqual([]);
    expect(lines.filter((l) => l.level >= ERROR)).toEqual([]);
  });

  it('logs declined requests (too long, too many) as warnings, without a stack', async () => {
    const { logger, lines } = jsonLog();
    served = await serveForTest(new FakeAnswerer(), { maxQuestionChars: 20, rateLimitPerMinute: 1, logger });
    expect((await postJson(`${served.url}/api/ask`, { question: 'x'.repeat(21) })).status).toBe(400);
    expect((await postJson(`${served.url}/api/ask`, { question: 'status of 44-30' })).status).toBe(429);

    for (const message of ['POST /api/ask 400', 'POST /api/ask 429']) {
      const line = await requestLine(lines, message);
      expect(line.level).toBe(WARN);
      expect(line).not.toHaveProperty('err');
    }
  });

  it('keeps the stack of a real failure, once, on the line that names it', async () => {
    const { logger, lines } = jsonLog();
    const broken = new FakeAnswerer(() => {
      throw new Error('index file vanished');
    });
    served = await serveForTest(broken, { logger });
    expect((await postJson(`${served.url}/api/ask`, { question: 'status of 44-30' })).status).toBe(500);

    const request = await requestLine(lines, 'POST /api/ask 500');
    expect(request.level).toBe(ERROR);
    expect(request).not.toHaveProperty('err');
    const failure = lines.find((l) => l.msg === 'answer failed')!;
    expect(failure.level).toBe(ERROR);
    expect(failure.err!.stack).toMatch(/Error: index file vanished\n\s+at /);
    expect(lines.filter((l) => l.err)).toHaveLength(1);
  });
});
