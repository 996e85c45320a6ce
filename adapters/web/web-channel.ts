import { fileURLToPath } from 'node:url';
import express from 'express';
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
 * The local web playground: the page at `/`, `POST /api/ask` and `GET /api/digest`. It needs no credentials,
 * so a fresh checkout can see answers before anyone sets up Slack or Teams.
 */
export function createWebChannel(options: WebChannelOptions): ChannelMount {
  return {
    name: 'web',
    mount(app) {
      app.use('/api/ask', createAskRouter(options));
      if (options.digestPreview) app.use('/api/digest', createDigestRouter(options.digestPreview));
      // Its security headers (CSP included) come from the server, for every route.
      app.use(express.static(PLAYGROUND_DIR, { index: 'index.html', maxAge: 0 }));
    },
  };
}
