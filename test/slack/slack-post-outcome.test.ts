import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { nothingWasSent, SlackPostUncertainError, slackRetryPolicy, uncertainPostOf } from '../../adapters/slack/slack-post-outcome.js';

/** A failure as the WebClient hands it to its retry policy: what the transport threw, wrapped. */
function requestError(original: Error): Error {
  return Object.assign(new Error(original.message), { code: webApi.ErrorCode.RequestError, original });
}

const refused = (): Error => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });

describe('Slack posting: retried only when nothing was posted', () => {
  it('knows a refused connection sent nothing, and a reset or a timeout may have', () => {
    expect(nothingWasSent(refused())).toBe(true);
    expect(nothingWasSent(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } }))).toBe(false);
    expect(nothingWasSent(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toBe(false);
  });

  it('lets the client retry a refused connection, but not a post whose outcome is unknown, nor anything at shutdown', () => {
    let aborted = false;
    const policy = slackRetryPolicy(() => aborted);
    expect(() => policy.onFailedAttempt(requestError(refused()))).not.toThrow();

    const uncertain = new SlackPostUncertainError('chat.postMessage', undefined);
    expect(() => policy.onFailedAttempt(requestError(uncertain))).toThrow(uncertain);
    expect(uncertainPostOf(requestError(uncertain))).toBe(uncertain);
    expect(new SlackPostUncertainError('chat.postMessage', 502).message).toBe('chat.postMessage answered HTTP 502; it may have been posted');

    aborted = true;
    expect(() => policy.onFailedAttempt(requestError(refused()))).toThrow();
  });
});
