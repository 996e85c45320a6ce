import { describe, expect, it } from 'vitest';
import { ATTACHMENTS_NOT_READ, decideReply, joinAroundMentions, readText, readsAsQuestion, type ChatMessage } from '../../bot/reply-decision.js';

/** A shared-channel thread reply with no mentions and no files, by someone the bot answered there. */
function message(text: string, fields: Partial<Omit<ChatMessage, 'followsOwnThread'>> & { follows?: boolean } = {}): ChatMessage {
  const { follows = true, ...rest } = fields;
  return { text, place: 'shared', mentionsBot: false, mentionsOthers: false, hasFiles: false, followsOwnThread: () => follows, ...rest };
}

describe('decideReply', () => {
  it.each<[string, ChatMessage, ReturnType<typeof decideReply>]>([
    ['a mention', message('status of 44-30', { mentionsBot: true, follows: false }), { reply: 'answer', question: 'status of 44-30' }],
    ['a mention that also names a colleague', message('status of Res. 44 fellowships', { mentionsBot: true, mentionsOthers: true }), { reply: 'answer', question: 'status of Res. 44 fellowships' }],
    ['a direct message that is not phrased as a question', message('fellowships', { place: 'direct', follows: false }), { reply: 'answer', question: 'fellowships' }],
    ['the asker following up in the thread', message('and interpretation?'), { reply: 'answer', question: 'and interpretation?' }],
    ['a follow-up naming an item', message('44-31 too'), { reply: 'answer', question: '44-31 too' }],
    ['a follow-up opening with a request', message('list the completed ones'), { reply: 'answer', question: 'list the completed ones' }],
    ['a user group in the bot’s thread', message('please check these numbers before Friday', { mentionsOthers: true }), { reply: 'none', reason: 'addressed to someone else' }],
    ['a question to a colleague', message('can you add this to our contribution?', { mentionsOthers: true }), { reply: 'none', reason: 'addressed to someone else' }],
    ['@here from the asker', message('draft goes to the secretariat on Friday', { mentionsOthers: true }), { reply: 'none', reason: 'addressed to someone else' }],
    ['a note from the asker', message('draft goes to the secretariat on Friday'), { reply: 'none', reason: 'not a question (query)' }],
    ['someone else’s question in the thread', message('and interpretation?', { follows: false }), { reply: 'none', reason: 'not addressed to the bot' }],
    ['thanks in the thread', message('thanks, that’s what I needed 👍'), { reply: 'none', reason: 'not a question (acknowledgement)' }],
    ['thanks with a mention', message('thanks!', { mentionsBot: true }), { reply: 'none', reason: 'acknowledgement' }],
    ['ok in a direct message', message('ok', { place: 'direct' }), { reply: 'none', reason: 'acknowledgement' }],
    ['an emoji alone in a direct message', message('👍🏽', { place: 'direct' }), { reply: 'none', reason: 'acknowledgement' }],
    ['a bare mention', message('', { mentionsBot: true }), { reply: 'help' }],
    ['a greeting in a direct message', message('Hello!', { place: 'direct' }), { reply: 'help' }],
    ['a question with a file', message('what does the attached contribution change for 44-30?', { place: 'direct', hasFiles: true }), { reply: 'answer', question: 'what does the attached contribution change for 44-30?', note: ATTACHMENTS_NOT_READ }],
    ['a file alone', message('', { place: 'direct', hasFiles: true }), { reply: 'note', note: ATTACHMENTS_NOT_READ }],
    ['a file with thanks', message('thanks', { mentionsBot: true, hasFiles: true }), { reply: 'note', note: ATTACHMENTS_NOT_READ }],
    ['a file shared in the thread without a question', message('', { hasFiles: true }), { reply: 'none', reason: 'not a question (help)' }],
  ])('%s', (_name, input, expected) => {
    expect(decideReply(input)).toEqual(expected);
  });

  it('looks up the thread only for unaddressed messages that mention no one else', () => {
    let lookups = 0;
    const counting = (fields: Partial<ChatMessage>): ChatMessage => ({
      ...message('and 2022?'),
      ...fields,
      followsOwnThread: () => {
        lookups += 1;
        return true;
      },
    });
    decideReply(counting({ mentionsBot: true }));
    decideReply(counting({ place: 'direct' }));
    decideReply(counting({ mentionsOthers: true }));
    expect(lookups).toBe(0);
    decideReply(counting({}));
    expect(lookups).toBe(1);
  });
});

describe('readText', () => {
  it.each<[string, ReturnType<typeof readText>['kind']]>([
    ['thanks', 'acknowledgement'],
    ['Thank you so much!', 'acknowledgement'],
    ["thanks, that's what I needed 👍", 'acknowledgement'],
    ['ok', 'acknowledgement'],
    ['OK 👍', 'acknowledgement'],
    ['great', 'acknowledgement'],
    ['got it, cheers', 'acknowledgement'],
    ['merci beaucoup', 'acknowledgement'],
    ['👍', 'acknowledgement'],
    [':+1::skin-tone-2:', 'acknowledgement'],
    ['🙏 🎉', 'acknowledgement'],
    ['', 'help'],
    ['  ', 'help'],
    ['?', 'help'],
    ['hi', 'help'],
    ['good morning', 'help'],
    ['help', 'help'],
    ['thanks! and what about interpretation?', 'query'],
    ['ok, list the completed items of Resolution 1', 'query'],
    ['great, now 44-31', 'query'],
    ['hi, what is 44-30?', 'query'],
    ['okay I need the milestones for all the fellowship items', 'query'],
    ['status of 44-30', 'query'],
    ['kick-off date of the fellowships programme', 'query'],
    ['supervision of fellowships', 'query'],
    ['what happens at 10:30:00?', 'query'],
  ])('%j is %s', (text, kind) => {
    expect(readText(text).kind).toBe(kind);
  });

  it('keeps the whole text of a query, whitespace collapsed', () => {
    expect(readText('  thanks!\n and   interpretation? ')).toEqual({ kind: 'query', question: 'thanks! and interpretation?' });
  });
});

describe('readsAsQuestion', () => {
  it.each([
    ['and interpretation?', true],
    ['what about Resolution 22', true],
    ['Is 44-30 completed', true],
    ['please list the open items', true],
    ['44-31 too', true],
    ['same for Res. 1', true],
    ['¿y la interpretación？', true],
    ['draft goes to the secretariat on Friday', false],
    ['please check these numbers before Friday', false],
    ['meeting moved to 2025-01-20', false],
    ["that's what I needed", false],
  ])('%j → %s', (text, expected) => {
    expect(readsAsQuestion(text)).toBe(expected);
  });
});

describe('joinAroundMentions', () => {
  it.each<[string, string[], string]>([
    ['the bot first, a colleague last', ['', '\u00a0status of Res.\u00a044 fellowships, for ', '\r\n'], 'status of Res. 44 fellowships'],
    ['the bot last', ['status of 44-30 ', ''], 'status of 44-30'],
    ['punctuation after the bot', ['', ': and interpretation?'], 'and interpretation?'],
    ['cc and and', ['', ' status of 44-30, cc ', ' and ', ''], 'status of 44-30'],
    ['a mention inside the question', ['', ' what did ', ' say about Resolution 44'], 'what did say about Resolution 44'],
    ['words that only look like introductions', ['what are fellowships for?', ''], 'what are fellowships for?'],
    ['no mention at all', ['  status   of 44-30  '], 'status of 44-30'],
  ])('%s', (_name, pieces, question) => {
    expect(joinAroundMentions(pieces)).toBe(question);
  });

  it('stays linear on a long run of dangling punctuation', () => {
    const started = performance.now();
    expect(joinAroundMentions([`x${' ,'.repeat(50_000)}y${', '.repeat(50_000)}`, ''])).toMatch(/^x ,.*y$/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
