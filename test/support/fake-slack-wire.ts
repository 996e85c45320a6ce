import type { IncomingMessage } from 'node:http';
import { parse as parseQuery } from 'node:querystring';

/** How the fake Slack Web API reads requests as the WebClient sends them, and Slack's block limits. */

/** Slack's hard limits on blocks, as `chat.postMessage` enforces them. */
export function blocksProblem(blocks: unknown): string | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return 'blocks is not an array';
  if (blocks.length > 50) return `${blocks.length} blocks (max 50)`;
  for (const block of blocks as { type?: string; text?: { text?: string }; elements?: unknown[] }[]) {
    if (block.type === 'section') {
      const length = block.text?.text?.length ?? 0;
      if (length === 0 || length > 3000) return `section text of ${length} characters (1–3000)`;
    }
    if (block.type === 'context' && (!block.elements || block.elements.length > 10)) return 'context with over 10 elements';
  }
  return undefined;
}

/** WebClient sends these as JSON strings inside the form. */
const JSON_ARGS = new Set(['blocks', 'attachments', 'metadata']);

/** A call's arguments: a form (JSON-encoded values decoded) or a JSON body. */
export function decodeArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parseQuery(raw))) {
    const text = Array.isArray(value) ? value[0] : value;
    args[key] = text !== undefined && JSON_ARGS.has(key) ? JSON.parse(text) : text;
  }
  return args;
}

/** The whole request body as text. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
