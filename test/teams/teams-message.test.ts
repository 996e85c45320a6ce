import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { isTeamsFile, teamsQuestionText, teamsReplyDecision } from '../../adapters/teams/teams-message.js';
import { ATTACHMENTS_NOT_READ } from '../../bot/reply-decision.js';

describe('teamsQuestionText', () => {
  it.each([
    ['\r\n<at>Rapporteur</at>&nbsp;status of Res.&nbsp;44 fellowships, for <at>Delegate Two</at>\r\n', 'status of Res. 44 fellowships'],
    ['<at>Delegate Two</at>, <at>Rapporteur</at>: and interpretation?', 'and interpretation?'],
    ['status of 44-30 <at>Rapporteur</at>', 'status of 44-30'],
    ['<at id="0">Rapporteur</at> <p>is&#160;Q&lt;4&gt; &amp; Q&#x3E;5 done?</p>', 'is Q<4> & Q>5 done?'],
    ['<at>Rapporteur</at> thanks <emoji id="1f44d_thumbsup" alt="👍" title="Like"></emoji>', 'thanks 👍'],
    ['&ldquo;fellowships&rdquo;&hellip; &unknown;', '“fellowships”… &unknown;'],
  ])('%j → %j', (text, question) => {
    expect(teamsQuestionText(text)).toBe(question);
  });
});

describe('isTeamsFile', () => {
  it.each([
    [{ contentType: 'application/vnd.microsoft.teams.file.download.info', content: { downloadUrl: 'https://x/y.docx' } }, true],
    [{ contentType: 'reference', contentUrl: 'https://itu.sharepoint.com/draft.docx', name: 'draft.docx' }, true],
    [{ contentType: 'image/*', contentUrl: 'https://smba.trafficmanager.net/img' }, true],
    [{ contentType: 'text/html', content: '<p>hello</p>' }, false],
    [{ contentType: 'application/vnd.microsoft.card.adaptive', content: {} }, false],
  ])('%j → %s', (attachment, expected) => {
    expect(isTeamsFile(attachment)).toBe(expected);
  });
});

const BOT = { id: '28:bot', name: 'Rapporteur' };
const COLLEAGUE = { id: '29:colleague', name: 'Delegate Two' };

function activity(text: string, fields: Partial<Activity> & { mentions?: (typeof BOT)[] } = {}): Activity {
  const { mentions = [], ...rest } = fields;
  return {
    type: 'message',
    text,
    from: { id: '29:asker', name: 'Delegate One' },
    recipient: BOT,
    conversation: { id: '19:c@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true },
    entities: mentions.map((m) => ({ type: 'mention', text: `<at>${m.name}</at>`, mentioned: m })),
    ...rest,
  } as Activity;
}

describe('teamsReplyDecision', () => {
  const follows = () => true;

  it.each<[string, Activity, ReturnType<typeof teamsReplyDecision>]>([
    [
      'a mention of the bot and a colleague',
      activity('<at>Rapporteur</at>&nbsp;status of Res.&nbsp;44 fellowships, for <at>Delegate Two</at>', { mentions: [BOT, COLLEAGUE] }),
      { reply: 'answer', question: 'status of Res. 44 fellowships' },
    ],
    ['a colleague only', activity('<at>Delegate Two</at> and 44-31?', { mentions: [COLLEAGUE] }), { reply: 'none', reason: 'addressed to someone else' }],
    ['thanks with a mention', activity('<at>Rapporteur</at> thanks!', { mentions: [BOT] }), { reply: 'none', reason: 'acknowledgement' }],
    ['the asker following up (messages delivered with RSC)', activity('and interpretation?'), { reply: 'answer', question: 'and interpretation?' }],
    [
      'a personal chat with a file and no text',
      activity('', {
        conversation: { id: 'a:1', conversationType: 'personal' } as Activity['conversation'],
        attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', content: {} }],
      }),
      { reply: 'note', note: ATTACHMENTS_NOT_READ },
    ],
    ['a personal chat without a conversation type (Emulator)', activity('ok', { conversation: { id: 'e:1' } as Activity['conversation'] }), { reply: 'none', reason: 'acknowledgement' }],
    ['another bot', activity('<at>Rapporteur</at> status of 44-30', { mentions: [BOT], from: { id: '28:other', name: 'Other', role: 'bot' } }), { reply: 'none', reason: 'bot message' }],
    ['an entity without a type', activity('<at>Rapporteur</at> status of 44-30', { entities: [{} as never, { type: 'mention', mentioned: BOT }] }), { reply: 'answer', question: 'status of 44-30' }],
  ])('%s', (_name, input, expected) => {
    expect(teamsReplyDecision(input, follows)).toEqual(expected);
  });
});
