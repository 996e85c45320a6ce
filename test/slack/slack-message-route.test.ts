import { describe, expect, it } from 'vitest';
import { routeSlackMessage } from '../../adapters/slack/slack-message-route.js';
import { questionFromSlackText, slackMentions } from '../../adapters/slack/slack-mrkdwn.js';
import { ATTACHMENTS_NOT_READ } from '../../bot/reply-decision.js';
import { mentionEvent, messageEvent } from '../support/slack-requests.js';

const never = () => false;

describe('routeSlackMessage', () => {
  it('turns a channel mention into a question answered in its thread', () => {
    expect(routeSlackMessage('app_mention', mentionEvent({ text: '<@UBOT> status of Resolution 44?', ts: '1.1' }), 'UBOT', never)).toEqual({
      addressed: {
        channel: 'C0GENERAL',
        user: 'U0ASKER',
        ts: '1.1',
        replyThreadTs: '1.1',
        conversationId: 'slack:C0GENERAL:1.1',
        reply: { reply: 'answer', question: 'status of Resolution 44?' },
      },
    });
  });

  it('uses the thread root for a mention inside a thread', () => {
    const route = routeSlackMessage('app_mention', mentionEvent({ text: '<@UBOT> and 2022?', ts: '1.5', threadTs: '1.1' }), 'UBOT', never);
    expect(route).toMatchObject({ addressed: { replyThreadTs: '1.1', conversationId: 'slack:C0GENERAL:1.1' } });
  });

  it('answers DMs at top level unless asked in a thread', () => {
    const top = routeSlackMessage('message', messageEvent({ channel: 'D1', channelType: 'im', text: 'hi', ts: '2.1' }), 'UBOT', never);
    const threaded = routeSlackMessage('message', messageEvent({ channel: 'D1', channelType: 'im', text: 'hi', ts: '2.2', threadTs: '2.1' }), 'UBOT', never);
    expect(top).toMatchObject({ addressed: { replyThreadTs: undefined, conversationId: 'slack:D1' } });
    expect(threaded).toMatchObject({ addressed: { replyThreadTs: '2.1', conversationId: 'slack:D1' } });
  });

  it('asks whether the author follows the thread only for unaddressed thread replies', () => {
    const asked: string[][] = [];
    const follows = (id: string, user: string) => {
      asked.push([id, user]);
      return true;
    };
    expect(routeSlackMessage('message', messageEvent({ text: 'what about 2022?', ts: '3.1' }), 'UBOT', follows)).toEqual({ ignore: 'not addressed to the bot' });
    expect(routeSlackMessage('message', messageEvent({ text: 'and 2022?', ts: '3.3', threadTs: '3.2' }), 'UBOT', follows)).toHaveProperty('addressed');
    expect(routeSlackMessage('message', messageEvent({ text: '<@UBOT> and 2022?', ts: '3.4', threadTs: '3.2' }), 'UBOT', follows)).toHaveProperty('addressed');
    expect(asked).toEqual([['slack:C0GENERAL:3.2', 'U0ASKER']]);
  });

  it.each([
    ['a user group', '<!subteam^S0DELEG|@delegates> please check these numbers before Friday'],
    ['a colleague', '<@U0DELEG7> can you add this to our contribution?'],
    ['@here', '<!here> what is the status of 44-30?'],
    ['@channel', '<!channel|channel> and 2022?'],
    ['@everyone', '<!everyone> and 2022?'],
  ])('leaves a thread reply addressed to %s to people', (_name, text) => {
    const follows = () => true;
    expect(routeSlackMessage('message', messageEvent({ text, ts: '3.5', threadTs: '3.2' }), 'UBOT', follows)).toEqual({ ignore: 'addressed to someone else' });
  });

  it('stays silent on acknowledgements, even in a DM or with a mention', () => {
    const follows = () => true;
    expect(routeSlackMessage('message', messageEvent({ text: "thanks, that's what I needed :+1:", ts: '3.6', threadTs: '3.2' }), 'UBOT', follows)).toEqual({
      ignore: 'not a question (acknowledgement)',
    });
    expect(routeSlackMessage('message', messageEvent({ channel: 'D1', channelType: 'im', text: 'ok 👍', ts: '3.7' }), 'UBOT', never)).toEqual({ ignore: 'acknowledgement' });
    expect(routeSlackMessage('app_mention', mentionEvent({ text: '<@UBOT> thanks!', ts: '3.8' }), 'UBOT', never)).toEqual({ ignore: 'acknowledgement' });
  });

  it('answers a mention that also names a colleague, without either mention (or what introduced it) in the question', () => {
    expect(routeSlackMessage('app_mention', mentionEvent({ text: '<@UBOT> status of 44-30, for <@U0COLL|ana>', ts: '3.9' }), 'UBOT', never)).toMatchObject({
      addressed: { reply: { reply: 'answer', question: 'status of 44-30' } },
    });
  });

  it('notes attached files: under the answer to a caption, alone for a bare file', () => {
    const file = { files: [{ id: 'F1', name: 'draft.docx' }] };
    const caption = messageEvent({ channel: 'D1', channelType: 'im', text: 'what does this change for 44-30?', ts: '3.10' }, { subtype: 'file_share', ...file });
    const bare = messageEvent({ channel: 'D1', channelType: 'im', text: '', ts: '3.11' }, { subtype: 'file_share', ...file });
    expect(routeSlackMessage('message', caption, 'UBOT', never)).toMatchObject({
      addressed: { reply: { reply: 'answer', question: 'what does this change for 44-30?', note: ATTACHMENTS_NOT_READ } },
    });
    expect(routeSlackMessage('message', bare, 'UBOT', never)).toMatchObject({ addressed: { reply: { reply: 'note', note: ATTACHMENTS_NOT_READ } } });
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
  it('removes every mention and makes the rest of Slack markup readable', () => {
    expect(
      questionFromSlackText('<@UBOT>  what did <@U123|ana> and <!subteam^S1|@sg3> say in <#C42|sg17> about <https://itu.int/x|this> &amp; Q&lt;4&gt;? cc <!here>'),
    ).toBe('what did say in #sg17 about this & Q<4>?');
  });
});

describe('slackMentions', () => {
  it.each([
    ['<@UBOT> status', { mentionsBot: true, mentionsOthers: false }],
    ['<@UBOT|rapporteur> status for <@U0COLL>', { mentionsBot: true, mentionsOthers: true }],
    ['<!subteam^S0DELEG|@delegates> check', { mentionsBot: false, mentionsOthers: true }],
    ['<!here> check', { mentionsBot: false, mentionsOthers: true }],
    ['<#C42|sg17> and <https://itu.int|ITU>', { mentionsBot: false, mentionsOthers: false }],
  ])('%j', (text, expected) => {
    expect(slackMentions(text, 'UBOT')).toEqual(expected);
  });
});
