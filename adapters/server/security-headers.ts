import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The playground page loads only its own files and talks only to its own origin. Its scripts
 * already write data with `textContent`; this policy is the second lock, so a seed or a
 * question containing markup could not run script even if a rendering bug slipped in. The
 * JSON routes get the same policy: they embed nothing, so it costs them nothing.
 * `upgrade-insecure-requests` is left out: the playground is served over plain HTTP on
 * 127.0.0.1, where upgrading its own requests to HTTPS would break it.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers on every response (page, JSON, Slack and Teams endpoints, errors) from
 * helmet, a maintained middleware: CSP, `nosniff`, no framing, no referrer, HSTS (honoured
 * only over HTTPS, i.e. behind the TLS proxy), cross-origin isolation, and no `X-Powered-By`.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
