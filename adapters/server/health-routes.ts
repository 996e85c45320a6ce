import express, { type Router } from 'express';
import type { Readiness } from './readiness.js';

/**
 * `/healthz`: the process is alive and serving HTTP (200 even while the index loads).
 * `/readyz`: questions can be answered (200) or not yet / no longer (503), with the reason and
 * the index edition in use (build time, seeds checksum), which changes when a new ingest is live.
 */
export function createHealthRoutes(readiness: Readiness): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'alive' });
  });
  router.get('/readyz', (_req, res) => {
    res.status(readiness.isReady() ? 200 : 503).json({ status: readiness.state, detail: readiness.detail, index: readiness.index });
  });
  return router;
}
