import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { ChannelMount } from '../server/channel-mount.js';
import { createAskRouter, type AskRouteOptions } from './ask-route.js';
import { createDigestRouter, type DigestPreview } from './digest-route.js';

export interface WebChannelOptions extends AskRouteOptions {
  /** The "Digest preview" tab's data; without it `GET /api/digest` is 404 and the tab says so. */
  digestPreview?: DigestPreview;
}

/** The page, its styles and scripts: plain files, no build step. */
export const PLAYGROUND_DIR = fileURLToPath(new URL('./public/', import.meta.url));

/**
 * The page only ever loads its own files and talks to its own origin. The page already
 * writes data with `textContent`; this policy is the second lock, so a seed or a question
 * containing markup could not run script even if a rendering bug slipped in.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function playgroundHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  });
  next();
}

/**
 * The local web playground: the page at `/`, `POST /api/ask` and `GET /api/digest`. It needs no credentials,
 * so a fresh checkout can see answers before anyone sets up Slack or Teams.
 */
export function createWebChannel(options: WebChannelOptions): ChannelMount {
  return {
    name: 'web',
    mount(app) {
      app.use('/api/ask', createAskRouter(options));
      if (options.digestPreview) app.use('/api/digest', createDigestRouter(options.digestPreview));
      app.use(playgroundHeaders, express.static(PLAYGROUND_DIR, { index: 'index.html', maxAge: 0 }));
    },
  };
}
