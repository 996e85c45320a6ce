import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One chat message of a Chat Completions request. */
export interface ChatCompletionMessage {
  role: string;
  content: string;
}

/** One request as the fake received it: the raw body (for "no secret in the prompt") and its parse. */
export interface RecordedCompletion {
  rawBody: string;
  body: { model: string; messages: ChatCompletionMessage[]; stream?: boolean; temperature?: number };
  authorization: string | undefined;
}

/**
 * What the fake says to a request: the assistant's text, `'hang'` for a model that never
 * answers, or the pieces of a streamed reply with `breakAfter` pieces sent before the
 * connection drops (a stream that fails midway). A plain text asked for with `stream: true`
 * is streamed word by word.
 */
export type CompletionReply = string | 'hang' | { pieces: string[]; breakAfter?: number };

/**
 * A local stand-in for an OpenAI-compatible Chat Completions endpoint (`POST
 * /v1/chat/completions`), at the network edge only: the real `@langchain/openai` client talks
 * to it over loopback HTTP. Every request is recorded; the reply comes from a function of the
 * request, so a test can answer the rewrite and the answer prompts differently.
 */
export class FakeOpenAiServer {
  readonly requests: RecordedCompletion[] = [];
  private readonly hanging = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
    private readonly reply: (request: RecordedCompletion) => CompletionReply,
  ) {}

  static async start(reply: (request: RecordedCompletion) => CompletionReply): Promise<FakeOpenAiServer> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const fake = new FakeOpenAiServer(server, `http://127.0.0.1:${port}/v1`, reply);
    server.on('request', (req, res) => void fake.handle(req, res));
    return fake;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
      return;
    }
    const request: RecordedCompletion = { rawBody, body: JSON.parse(rawBody), authorization: req.headers.authorization };
    this.requests.push(request);
    const content = this.reply(request);
    if (content === 'hang') {
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return;
    }
    if (request.body.stream || typeof content !== 'string') {
      const pieces = typeof content === 'string' ? content.split(/(?<= )/) : content.pieces;
      this.stream(res, request, pieces, typeof content === 'string' ? undefined : content.breakAfter);
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: `chatcmpl-${this.requests.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: request.body.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      }),
    );
  }

  /** Server-sent events as the Chat Completions API streams them, one piece per chunk. */
  private stream(res: ServerResponse, request: RecordedCompletion, pieces: string[], breakAfter: number | undefined): void {
    const chunk = (delta: Record<string, unknown>, finish: string | null) =>
      `data: ${JSON.stringify({
        id: `chatcmpl-${this.requests.length}`,
        object: 'chat.completion.chunk',
        created: Math.floor(Date.now() / 1000),
        model: request.body.model,
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      })}\n\n`;
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(chunk({ role: 'assistant', content: '' }, null));
    for (const [index, piece] of pieces.entries()) {
      if (index === breakAfter) {
        // After what was written has gone out: a connection dropped mid-reply, not an unanswered request.
        setTimeout(() => res.destroy(), 50).unref();
        return;
      }
      res.write(chunk({ content: piece }, null));
    }
    res.end(`${chunk({}, 'stop')}data: [DONE]\n\n`);
  }

  /** The system prompt of a request, to tell the rewrite request from the answer request. */
  static systemPrompt(request: RecordedCompletion): string {
    return request.body.messages.find((m) => m.role === 'system')?.content ?? '';
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }
}
