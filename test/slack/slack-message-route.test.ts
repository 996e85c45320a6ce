import { describe, expect, it } from 'vitest';
import { routeSlackMessage } from '../../adapters/slack/slack-message-route.js';
import { questionFromSlackText } from '../../adapters/slack/slack-mrkdwn.js';
import { RecentDeliveries } from '../../adapters/slack/recent-deliveries.js';
import { mentionEvent, messageEvent } from '../support/slack-requests.js';

const never = () => false;

describe('routeSlackMessage', () => {
  it('turns a channel mention into a question answered in its thread', () => {
    expect(routeSlackMessage('app_mention', mentionEvent({ text: '<@UBOT> status of Resolution 44?', ts: '1.1' }), 'UBOT', never)).toEqual({
      answer: {
        channel: 'C0GENERAL',
        user: 'U0ASKER',
        ts: '1.1',
        question: 'status of Resolution 44?',
        replyThreadTs: '1.1',
        conversationId: 'slack:C0GENERAL:1.1',
      },
    });
  });

  it('uses the thread root for a mention inside a thread', () => {
    const route = routeSlackMessage('app_mention', mentionEvent({ text: '<@UBOT> and 2022?', ts: '1.5', threadTs: '1.1' }), 'UBOT', never);
    expect(route).toMatchObject({ answer: { replyThreadTs: '1.1', conversationId: 'slack:C0GENERAL:1.1' } });
  });

  it('answers DMs at top level unless asked in a thread', () => {
    const top = routeSlackMessage('message', messageEvent({ channel: 'D1', channelType: 'im', text: 'hi', ts: '2.1' }), 'UBOT', never);
    const threaded = routeSlackMessage('message', messageEvent({ channel: 'D1', channelType: 'im', text: 'hi', ts: '2.2', threadTs: '2.1' }), 'UBOT', never);
    expect(top).toMatchObject({ answer: { replyThreadTs: undefined, conversationId: 'slack:D1' } });
    expect(threaded).toMatchObject({ answer: { replyThreadTs: '2.1', conversationId: 'slack:D1' } });
  });

  it('asks about followed threads only for unaddressed thread replies', () => {
    const asked: string[] = [];
    const follows = (id: string) => {
      asked.push(id);
      return true;
    };
    expect(routeSlackMessage('message', messageEvent({ text: 'top-level chat', ts: '3.1' }), 'UBOT', follows)).toEqual({ ignore: 'not addressed to the bot' });
    expect(routeSlackMessage('message', messageEvent({ text: 'and 2022?', ts: '3.3', threadTs: '3.2' }), 'UBOT', follows)).toHaveProperty('answer');
    expect(asked).toEqual(['slack:C0GENERAL:3.2']);
  });

  it.each([
    ['bot_message subtype', { subtype: 'bot_message' }, 'bot message'],
    ['bot_id set', { bot_id: 'B1' }, 'bot message'],
    ['an edit', { subtype: 'message_changed' }, 'message subtype message_changed'],
    ['a deletion', { subtype: 'message_deleted' }, 'message subtype message_deleted'],
  ])('ignores %s', (_name, extra, reason) => {
    expect(routeSlackMessage('message', messageEvent({ channel: 'D1', channelType: 'im', text: 'x', ts: '4.1' }, extra), 'UBOT', never)).toEqual({ ignore: reason });
  });

  it('ignores its own messages and names what is wrong with a malformed event', () => {
    expect(routeSlackMessage('message', messageEvent({ channel: 'D1', channelType: 'im', user: 'UBOT', text: 'x', ts: '5.1' }), 'UBOT', never)).toEqual({ ignore: 'own message' });
    expect(routeSlackMessage('app_mention', { text: 'x' }, 'UBOT', never)).toEqual({
      ignore: 'malformed app_mention event: channel Required; ts Required',
      malformed: true,
    });
  });
});

describe('questionFromSlackText', () => {
  it('strips the bot mention and makes Slack markup readable', () => {
    expect(
      questionFromSlackText('<@UBOT>  what did <@U123|ana> say in <#C42|sg17> about <https://itu.int/x|this> &amp; Q&lt;4&gt;?', 'UBOT'),
    ).toBe('what did @U123 say in #sg17 about this & Q<4>?');
  });
});

describe('RecentDeliveries', () => {
  it('claims a delivery once, across all of its keys, and forgets after the retention', () => {
    const recent = new RecentDeliveries(1000);
    expect(recent.claim(['event:E1', 'message:C:1'], 0)).toBe(true);
    expect(recent.claim(['event:E1', 'message:C:1'], 10)).toBe(false);
    expect(recent.claim(['event:E2', 'message:C:1'], 20)).toBe(false);
    expect(recent.claim(['event:E3', 'message:C:2'], 30)).toBe(true);
    expect(recent.claim(['event:E1', 'message:C:1'], 5000)).toBe(true);
  });

  it('keeps at most maxKeys keys, dropping the oldest', () => {
    const recent = new RecentDeliveries(60_000, 2);
    recent.claim(['a'], 0);
    recent.claim(['b'], 1);
    recent.claim(['c'], 2);
    expect(recent.claim(['a'], 3)).toBe(true);
    expect(recent.claim(['c'], 4)).toBe(false);
  });
});
