import { afterEach, describe, expect, it } from 'vitest';
import { DeferredAnswerer } from '../../adapters/server/deferred-answerer.js';
import type { DigestOutline } from '../../bot/digest/digest-outline.js';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';
import { FakeAnswerer, fellowshipAnswer } from '../support/fake-answerer.js';
import { postJson, serveForTest, type ServedForTest } from './serve-for-test.js';

let served: ServedForTest | undefined;
afterEach(async () => {
  await served?.server.close();
  served = undefined;
});

describe('health probes', () => {
  it('is alive at once but ready only when the answerer is in place, and not while draining', async () => {
    served = await serveForTest(new FakeAnswerer(), { ready: false });
    const alive = await fetch(`${served.url}/healthz`);
    expect(alive.status).toBe(200);
    expect(await alive.json()).toEqual({ status: 'alive' });

    const before = await fetch(`${served.url}/readyz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ status: 'starting', detail: 'loading the index' });

    served.readiness.markReady();
    const after = await fetch(`${served.url}/readyz`);
    expect(after.status).toBe(200);
    expect((await after.json()).status).toBe('ready');

    served.readiness.markDraining();
    expect((await fetch(`${served.url}/readyz`)).status).toBe(503);
  });
});

describe('POST /api/ask', () => {
  it('returns the answer JSON with a request id, and passes a web conversation id', async () => {
    const answerer = new FakeAnswerer();
    served = await serveForTest(answerer);
    const { status, json, headers } = await postJson(`${served.url}/api/ask`, {
      question: '  status of Resolution 44 fellowships ',
      conversationId: 'c0ffee-1',
    });
    expect(status).toBe(200);
    expect(json).toEqual(fellowshipAnswer('status of Resolution 44 fellowships'));
    expect(json.citations[0].actionItem).toBe('44-30');
    expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(answerer.calls).toEqual([
      { question: 'status of Resolution 44 fellowships', context: { conversationId: 'web:c0ffee-1' } },
    ]);
  });

  it('answers "hi" with what the bot is for and "thanks" with a word back, never asking the answerer', async () => {
    const answerer = new FakeAnswerer();
    served = await serveForTest(answerer);
    const hello = await postJson(`${served.url}/api/ask`, { question: 'hi' });
    expect(hello.status).toBe(200);
    expect(hello.json.text).toMatch(/^I answer questions about ITU-T action items, Resolutions and reports.*\n• status of Resolution 44 fellowships/s);
    expect(hello.json.abstained).toBe(false);
    const thanks = await postJson(`${served.url}/api/ask`, { question: 'thanks!' });
    expect(thanks.json.text).toBe('Glad to help. Ask another question whenever you like.');
    expect(answerer.calls).toHaveLength(0);
  });

  it('refuses a conversation id it cannot keep, saying what it accepts, rather than losing the thread in silence', async () => {
    const answerer = new FakeAnswerer();
    served = await serveForTest(answerer);
    for (const conversationId of ['bad id!', 42, 'x'.repeat(65)]) {
      const { status, json } = await postJson(`${served.url}/api/ask`, { question: 'status of 44-30', conversationId });
      expect(status).toBe(400);
      expect(json.error).toBe('conversationId must be 1 to 64 letters, digits or hyphens (a UUID, for example), or left out.');
    }
    expect(answerer.calls).toHaveLength(0);
  });

  it('refuses an empty question with a clear message and never asks the answerer', async () => {
    const answerer = new FakeAnswerer();
    served = await serveForTest(answerer);
    for (const question of ['', '   \n ']) {
      const { status, json } = await postJson(`${served.url}/api/ask`, { question });
      expect(status).toBe(400);
      expect(json.error).toBe('Type a question first, for example "status of Resolution 44 fellowships".');
    }
    expect(answerer.calls).toHaveLength(0);
  });

  it('refuses a question over MAX_QUESTION_CHARS, saying the limit and the length', async () => {
    const answerer = new FakeAnswerer();
    served = await serveForTest(answerer, { maxQuestionChars: 50 });
    const { status, json } = await postJson(`${served.url}/api/ask`, { question: 'x'.repeat(51) });
    expect(status).toBe(400);
    expect(json.error).toBe('Your question is 51 characters long; please keep it under 50.');
    expect((await postJson(`${served.url}/api/ask`, { question: 'é'.repeat(50) })).status).toBe(200);
    expect(answerer.calls).toHaveLength(1);
  });

  it('gives a 20,000-character question the documented length message, not a 413', async () => {
    const answerer = new FakeAnswerer();
    served = await serveForTest(answerer, { maxQuestionChars: 1000 });
    for (const question of ['x'.repeat(20_000), '😀'.repeat(20_000)]) {
      const { status, json } = await postJson(`${served.url}/api/ask`, { question });
      expect(status).toBe(400);
      expect(json.error).toBe('Your question is 20,000 characters long; please keep it under 1,000.');
    }
    expect(answerer.calls).toEqual([]);
  });

  it('refuses a body past any question (over 256 KB) with 413, still naming the question limit', async () => {
    served = await serveForTest(new FakeAnswerer(), { maxQuestionChars: 1000 });
    const { status, json } = await postJson(`${served.url}/api/ask`, { question: 'x'.repeat(300_000) });
    expect(status).toBe(413);
    expect(json.error).toBe('Your question is over 262,144 bytes long; please keep it under 1,000 characters.');
  });

  it('refuses bodies that are not a question with JSON errors', async () => {
    served = await serveForTest(new FakeAnswerer());
    expect(await postJson(`${served.url}/api/ask`, { q: 'hi' })).toMatchObject({
      status: 400,
      json: { error: 'Send a JSON body (Content-Type: application/json) like {"question": "status of Resolution 44 fellowships"}.' },
    });
    const plain = await fetch(`${served.url}/api/ask`, { method: 'POST', body: JSON.stringify({ question: 'status of 44-30' }) });
    expect(plain.status).toBe(400);
    expect(((await plain.json()) as { error: string }).error).toContain('Content-Type: application/json');
    expect(await postJson(`${served.url}/api/ask`, { question: 44 })).toMatchObject({
      status: 400,
      json: { error: 'The question must be text.' },
    });
    expect(await postJson(`${served.url}/api/ask`, '{"question": ')).toMatchObject({
      status: 400,
      json: { error: 'The request body is not valid JSON.' },
    });
  });

  it('answers 429 JSON once a client passes RATE_LIMIT_PER_MINUTE', async () => {
    served = await serveForTest(new FakeAnswerer(), { rateLimitPerMinute: 3 });
    const statuses: number[] = [];
    let last: { status: number; json: any } | undefined;
    for (let i = 0; i < 4; i++) {
      last = await postJson(`${served.url}/api/ask`, { question: `question ${i}` });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last?.json).toEqual({ error: 'Too many questions: the limit is 3 a minute. Wait a moment and ask again.' });
  });

  it('says the index is still loading (503) before the real answerer is in place', async () => {
    const deferred = new DeferredAnswerer();
    served = await serveForTest(deferred, { ready: false });
    const early = await postJson(`${served.url}/api/ask`, { question: 'status of Resolution 44 fellowships' });
    expect(early.status).toBe(503);
    expect(early.json).toEqual({ error: 'Rapporteur is still loading its index. Try again in a minute.' });
    expect(early.headers.get('retry-after')).toBe('30');

    deferred.resolve(new FakeAnswerer());
    const later = await postJson(`${served.url}/api/ask`, { question: 'status of Resolution 44 fellowships' });
    expect(later.status).toBe(200);
    expect(later.json.citations[0].actionItem).toBe('44-30');
  });

  it('answers 500 with the request id when the answerer fails, without leaking the error', async () => {
    served = await serveForTest({
      ask: async () => {
        throw new Error('secret internal detail');
      },
    });
    const { status, json, headers } = await postJson(`${served.url}/api/ask`, { question: 'anything' });
    expect(status).toBe(500);
    expect(json.error).toBe(
      `Rapporteur could not answer this question. The server log has the details under request id ${headers.get('x-request-id')}.`,
    );
    expect(JSON.stringify(json)).not.toContain('secret');
  });

  it('answers unknown API paths with JSON 404 (so the digest tab can tell "not available")', async () => {
    served = await serveForTest(new FakeAnswerer());
    const response = await fetch(`${served.url}/api/digest`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'No such API: GET /api/digest' });
  });
});

describe('GET /api/digest', () => {
  const outline: DigestOutline = {
    title: 'Digest: TSAG',
    subtitle: '25–29 January 2027 (Europe/Zurich)',
    summary: '1 action item needs attention · 0 due at this meeting · 0 overdue · 0 changes since the previous editions',
    editions: ['Action Plan for the implementation of WTSA-16 Resolutions and Opinion, 1 January 2022'],
    highlights: [],
    sources: ['Action Plan for the implementation of WTSA-16 Resolutions and Opinion (2022-01-01)'],
    sections: [],
  };

  it('returns the digest outline when the server has digests', async () => {
    served = await serveForTest(new FakeAnswerer(), { digestPreview: () => outline });
    const response = await fetch(`${served.url}/api/digest`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(outline);
  });

  it('answers 500 JSON with the reason and request id when the digest cannot be built', async () => {
    served = await serveForTest(new FakeAnswerer(), {
      digestPreview: () => {
        throw new RapporteurError(ErrorCode.CalendarInvalid, 'meetings.json:3: start must be YYYY-MM-DD');
      },
    });
    const response = await fetch(`${served.url}/api/digest`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: `The digest could not be built: meetings.json:3: start must be YYYY-MM-DD (request id ${response.headers.get('x-request-id')}).`,
    });
  });
});

describe('playground page', () => {
  it('serves the page with a content security policy that forbids inline script', async () => {
    served = await serveForTest(new FakeAnswerer());
    const response = await fetch(`${served.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<title>Rapporteur playground</title>');
  });

  it('keeps a caller request id that is safe and replaces one that is not', async () => {
    served = await serveForTest(new FakeAnswerer());
    const kept = await fetch(`${served.url}/healthz`, { headers: { 'x-request-id': 'probe-42' } });
    expect(kept.headers.get('x-request-id')).toBe('probe-42');
    const replaced = await fetch(`${served.url}/healthz`, { headers: { 'x-request-id': 'x", "level": 60, "msg": "forged' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('channels', () => {
  it('mounts, starts and stops every channel it is given', async () => {
    const events: string[] = [];
    served = await serveForTest(new FakeAnswerer(), {
      channels: [
        {
          name: 'echo',
          mount(app) {
            app.get('/echo', (_req, res) => {
              res.send('echo channel');
            });
          },
          start: async () => void events.push('start'),
          stop: async () => void events.push('stop'),
        },
      ],
    });
    expect(served.server.channels).toEqual(['echo', 'web']);
    expect(await (await fetch(`${served.url}/echo`)).text()).toBe('echo channel');
    await served.server.close();
    served = undefined;
    expect(events).toEqual(['start', 'stop']);
  });
});
