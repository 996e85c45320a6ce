import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Answerer } from '../../bot/answer.js';
import { smallTalkAnswer } from '../../bot/small-talk.js';
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
 * `{error}` with a status that says whose fault it is: 400 bad question (an over-long one
 * gets the same words as in chat), 413 a body past any question, 429 too many, 503 not ready
 * yet, 500 our fault (with the request id to find it in the log).
 */
export function createAskRouter(options: AskRouteOptions): Router {
  const router = express.Router();
  // The body parser lives on this route only: Slack's receiver must see the raw body to
  // check its signature. The byte limit is far above any allowed question (so an over-long
  // one is read and told its length, the documented message) yet bounds what a client can send.
  const bodyLimit = askBodyLimit(options.maxQuestionChars);
  const jsonBody = express.json({ limit: bodyLimit });
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

  const readBody = (req: Request, res: Response, next: NextFunction): void => {
    jsonBody(req, res, (error?: unknown) => {
      if ((error as { status?: unknown } | undefined)?.status !== 413) {
        next(error);
        return;
      }
      res.status(413).json({
        error: `Your question is over ${bodyLimit.toLocaleString('en')} bytes long; please keep it under ${options.maxQuestionChars.toLocaleString('en')} characters.`,
      });
    });
  };

  router.post('/', limiter, readBody, async (req: Request, res: Response) => {
    const parsed = parseAskRequest(req.body, options.maxQuestionChars);
    if ('error' in parsed) {
      res.status(400).json(parsed);
      return;
    }
    const log = req.log.child({ conversationId: parsed.conversationId });
    log.debug({ question: parsed.question }, 'question');
    // "hi" gets what the bot is for and "thanks" a word back, as in chat, not "the reports do not answer".
    const smallTalk = smallTalkAnswer(parsed.question);
    if (smallTalk) {
      res.json(smallTalk);
      return;
    }
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

/**
 * Bytes a `POST /api/ask` body may have: 256 KB (a 20,000-character question, escaped, fits),
 * or twice the longest allowed question with every character escaped (`\uXXXX\uXXXX` is 12
 * bytes), whichever is more.
 */
export function askBodyLimit(maxQuestionChars: number): number {
  return Math.max(256 * 1024, maxQuestionChars * 24);
}
