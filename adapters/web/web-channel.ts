import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { ChannelMount } from '../server/channel-mount.js';
import { createAskRouter, type AskRouteOptions } from './ask-route.js';

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
 * The local web playground: the page at `/` and `POST /api/ask`. It needs no credentials,
 * so a fresh checkout can see answers before anyone sets up Slack or Teams.
 */
export function createWebChannel(options: AskRouteOptions): ChannelMount {
  return {
    name: 'web',
    mount(app) {
      app.use('/api/ask', createAskRouter(options));
      app.use(playgroundHeaders, express.static(PLAYGROUND_DIR, { index: 'index.html', maxAge: 0 }));
    },
  };
}
