import express, { type Request, type Response, type Router } from 'express';
import type { DigestOutline } from '../../bot/digest/digest-outline.js';
import { asRapporteurError } from '../../retrieval/errors.js';

/** The next meeting's digest as the shared plain-text outline (what Slack and Teams render). */
export type DigestPreview = () => DigestOutline | Promise<DigestOutline>;

/**
 * `GET /api/digest` → `DigestOutline` JSON, for the playground's "Digest preview" tab.
 * A server built without digests leaves the route out, and the page says so on the 404.
 */
export function createDigestRouter(preview: DigestPreview): Router {
  const router = express.Router();
  router.get('/', async (req: Request, res: Response) => {
    try {
      res.json(await preview());
    } catch (thrown) {
      const error = asRapporteurError(thrown);
      req.log.error({ err: error, code: error.code }, 'digest preview failed');
      res.status(500).json({
        error: `The digest could not be built: ${error.message} (request id ${String(req.id)}).`,
      });
    }
  });
  return router;
}
