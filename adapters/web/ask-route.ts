import express, { type Request, type Response, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Answerer } from '../../bot/answer.js';
import { ErrorCode, asRapporteurError } from '../../retrieval/errors.js';
import { parseAskRequest } from './ask-request.js';

export interface AskRouteOptions {
  answerer: Answerer;
  /** `MAX_QUESTION_CHARS`. */
  maxQuestionChars: number;
  /** `RATE_LIMIT_PER_MINUTE`, per client address. */
  rateLimitPerMinute: number;
}

/**
 * `POST /api/ask {question, conversationId?}` → `Answer` JSON. Every refusal is JSON
 * `{error}` with a status that says whose fault it is: 400 bad question, 429 too many,
 * 503 not ready yet, 500 our fault (with the request id to find it in the log).
 */
export function createAskRouter(options: AskRouteOptions): Router {
  const router = express.Router();
  // The body parser lives on this route only: Slack's receiver must see the raw body to
  // check its signature. The byte limit is generous; the character limit is the real rule.
  const jsonBody = express.json({ limit: Math.max(16_384, options.maxQuestionChars * 4 + 1024) });
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: options.rateLimitPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler(_req, res) {
      res.status(429).json({
        error: `Too many questions: the limit is ${options.rateLimitPerMinute} a minute. Wait a moment and ask again.`,
      });
    },
  });

  router.post('/', limiter, jsonBody, async (req: Request, res: Response) => {
    const parsed = parseAskRequest(req.body, options.maxQuestionChars);
    if ('error' in parsed) {
      res.status(400).json(parsed);
      return;
    }
    const log = req.log.child({ conversationId: parsed.conversationId });
    log.debug({ question: parsed.question }, 'question');
    try {
      const answer = await options.answerer.ask(parsed.question, { conversationId: parsed.conversationId });
      log.info(
        {
          questionChars: parsed.question.length,
          abstained: answer.abstained,
          citations: answer.citations.map((c) => c.actionItem ?? c.document),
          generatedBy: answer.generatedBy,
        },
        'answered',
      );
      res.json(answer);
    } catch (thrown) {
      const error = asRapporteurError(thrown);
      if (error.code === ErrorCode.NotReady) {
        res.status(503).set('Retry-After', '30').json({ error: error.message });
      } else if (error.code === ErrorCode.QuestionInvalid) {
        res.status(400).json({ error: error.message });
      } else {
        log.error({ err: error, code: error.code }, 'answer failed');
        res.status(500).json({
          error: `Rapporteur could not answer this question. The server log has the details under request id ${String(req.id)}.`,
        });
      }
    }
  });
  return router;
}
