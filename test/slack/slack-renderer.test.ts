import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../bot/answer.js';
import type { Rapporteur } from '../../bot/rapporteur.js';
import {
  citationLine,
  renderSlackAnswer,
  renderSlackHelp,
  SlackActionId,
  SlackLimits,
  type SlackMessage,
} from '../../adapters/slack/slack-renderer.js';
import { blocksProblem } from '../support/fake-slack-api.js';
import { contextTexts, FELLOWSHIP_SOURCE, sectionTexts as sectionsOf } from './block-queries.js';
import { fellowshipAnswer } from '../support/fake-answerer.js';
import { sharedRapporteur } from '../support/shared-rapporteur.js';

const sectionTexts = (message: SlackMessage): string[] => sectionsOf(message.blocks);

function buttonsOf(message: SlackMessage): { action_id?: string; value?: string }[] {
  return message.blocks.flatMap((block) => (block.type === 'actions' ? (block.elements as { action_id?: string; value?: string }[]) : []));
}

/** A seed file name (`004_34e05be8ad0376c5.txt`): never shown to users. */
const SEED_FILE = /\d{3}_[0-9a-f]{16}/;
const PLAN = '_Action Plan for the implementation of WTSA-16 Resolutions and Opinion (2022 edition)_';
const RESOLUTION_44 = 'Resolution 44 – Bridging the standardization gap between developing and developed countries';

describe('renderSlackAnswer on real answers: sources apart from related, an item shown once', () => {
  let bot: Rapporteur;
  beforeAll(async () => {
    bot = await sharedRapporteur();
  });

  it('shows a one-item answer as its card, one source (44-30) and the related items in a context block', async () => {
    const answer = await bot.ask('status of Resolution 44 fellowships');
    const { message, threadReplies } = renderSlackAnswer(answer, { answerId: 'answer-1' });

    expect(threadReplies).toEqual([]);
    expect(message.blocks.map((b) => b.type)).toEqual(['section', 'section', 'section', 'context', 'context_actions']);
    expect(message.blocks[0]).toMatchObject({
      text: { text: '*Action item 44-30* — Provision, by the TSB, of fellowships to eligible countries to attend relevant ITU-T meetings.' },
      fields: [
        { type: 'mrkdwn', text: `*Resolution*\n${RESOLUTION_44.replace('Resolution ', '')}` },
        { type: 'mrkdwn', text: '*Milestone*\nOngoing' },
        { type: 'mrkdwn', text: '*Periodic goals met*\nYes' },
        { type: 'mrkdwn', text: '*Completed*\nNo' },
      ],
    });
    expect(sectionTexts(message).slice(1)).toEqual([
      `*Latest status*\n${answer.cards[0]!.latestStatus}`,
      `*Sources*\n• Action item *44-30* · Resolution 44 · ${PLAN} — ${RESOLUTION_44}`,
    ]);
    expect(FELLOWSHIP_SOURCE).toBe(`• Action item *44-30* · Resolution 44 · ${PLAN} — ${RESOLUTION_44}`);
    expect(contextTexts(message.blocks)).toEqual([`*Related*\n• Action items *44-01*, *44-21*, *44-15*, *unnumbered row after 44-35* · Resolution 44 · ${PLAN} — ${RESOLUTION_44}`]);
    expect(message.blocks.at(-1)).toMatchObject({
      type: 'context_actions',
      elements: [
        {
          type: 'feedback_buttons',
          action_id: SlackActionId.Feedback,
          positive_button: { value: 'up:answer-1' },
          negative_button: { value: 'down:answer-1' },
        },
      ],
    });
    expect(buttonsOf(message)).toEqual([]);
    expect(blocksProblem(message.blocks)).toBeUndefined();
    // Notifications and the plain-text retry have no card: they carry the whole answer.
    expect(message.text).toBe(
      [
        '*44-30* — Provision, by the TSB, of fellowships to eligible countries to attend relevant ITU-T meetings. (Resolution 44)\n' +
          'Milestone: Ongoing · Periodic goals met: yes · Completed: no\n' +
          `Latest status: ${answer.cards[0]!.latestStatus}`,
        `*Sources*\n• Action item *44-30* · Resolution 44 · ${PLAN} — ${RESOLUTION_44}`,
        `*Related*\n• Action items *44-01*, *44-21*, *44-15*, *unnumbered row after 44-35* · Resolution 44 · ${PLAN} — ${RESOLUTION_44}`,
      ].join('\n\n'),
    );
    expect(JSON.stringify(message)).not.toMatch(SEED_FILE);
  });

  it('keeps beside the card only the status sentences the question asks for', async () => {
    const answer = await bot.ask('fellowships awarded Dec 2018 to Jul 2019?');
    const { message } = renderSlackAnswer(answer);
    const texts = sectionTexts(message);
    expect(texts[0]).toMatch(/^From the status of 44-30: Over the period from March 2017 until January 2018/);
    expect(texts[1]).toMatch(/^\*Action item 44-30\* — Provision/);
    expect(texts.filter((t) => t.includes('Milestone'))).toEqual([]);
    expect(texts.filter((t) => t.startsWith('*Sources*'))).toEqual([`*Sources*\n• Action item *44-30* · Resolution 44 · ${PLAN} — ${RESOLUTION_44}`]);
    expect(message.text).toContain('Milestone: Ongoing · Periodic goals met: yes · Completed: no');
  });

  it('cites a passage answer by its document title and edition, the other edition as related', async () => {
    const answer = await bot.ask('How many field offices does ITU have?');
    const { message } = renderSlackAnswer(answer);
    const offices = (year: number): string => `_Contribution of the ITU Regional Offices to the ITU-T operational plan (${year})_`;
    expect(sectionTexts(message)).toEqual([
      expect.stringContaining('thirteen field offices'),
      `*Sources*\n• ${offices(2025)} — Introduction: ITU Regional Presence`,
    ]);
    expect(contextTexts(message.blocks)).toEqual([
      '*Related*\n' +
        `• ${offices(2021)} — Introduction: ITU Regional Presence\n` +
        `• ${offices(2021)} — Europe - ITU Office for Europe › EMF capacity building\n` +
        `• ${offices(2021)} — Europe - ITU Office for Europe › EMF paper\n` +
        `• ${offices(2025)} — Europe - ITU Office for Europe`,
    ]);
    expect(JSON.stringify(message)).not.toMatch(SEED_FILE);
  });

  it('lists a list answer in full, its items as sources grouped by Resolution, with nothing related', async () => {
    const answer = await bot.ask('What is the status of Resolution 22?');
    const { message } = renderSlackAnswer(answer);
    expect(sectionTexts(message).at(-1)).toBe(
      `*Sources*\n• Action items ${answer.listed!.map((id) => `*${id}*`).join(', ')} · Resolution 22 · ${PLAN} — ` +
        'Resolution 22 – Authorization for Telecommunication Standardization Advisory Group to act between world telecommunication standardization assemblies',
    );
    expect(contextTexts(message.blocks)).toEqual([]);
  });
});

describe('renderSlackAnswer', () => {
  it('adds the question and a share button for answers only the asker sees', () => {
    const { message } = renderSlackAnswer(fellowshipAnswer('status of Resolution 44 fellowships'), {
      answerId: 'a2',
      shareable: true,
      showQuestion: true,
    });
    expect(message.blocks[0]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '*Q:* status of Resolution 44 fellowships' }],
    });
    expect(message.blocks.slice(-2).map((b) => b.type)).toEqual(['context_actions', 'actions']);
    expect(buttonsOf(message).map((b) => b.action_id)).toEqual([SlackActionId.Share]);
  });

  it('has no buttons without an answer id', () => {
    const { message } = renderSlackAnswer(fellowshipAnswer('q'));
    expect(message.blocks.some((block) => block.type === 'actions' || block.type === 'context_actions')).toBe(false);
  });

  it('escapes Slack control characters and links titled sources', () => {
    const answer: Answer = {
      ...fellowshipAnswer('q'),
      text: 'Costs < 5% & rising > expected',
      citations: [{ ...fellowshipAnswer('q').citations[0]!, url: 'https://www.itu.int/md/T17-TSAG-C-0123/en', documentTitle: 'TSAG <report>' }],
      cards: [],
    };
    const { message } = renderSlackAnswer(answer);
    expect(sectionTexts(message)[0]).toBe('Costs &lt; 5% &amp; rising &gt; expected');
    expect(sectionTexts(message)[1]).toContain('<https://www.itu.int/md/T17-TSAG-C-0123/en|TSAG &lt;report&gt;>');
  });

  it('lists each source once and groups action items from the same section', () => {
    const citation = fellowshipAnswer('q').citations[0]!;
    const other = { ...citation, actionItem: '44-01', score: 0.5 };
    const report = { ...citation, actionItem: null, resolution: null, document: '002_0a6266d6d6c8f0db.txt', documentTitle: 'ITU report April 2018 – June 2022', section: 'Bridging the standardization gap' };
    const { message } = renderSlackAnswer({ ...fellowshipAnswer('q'), cards: [], citations: [citation, { ...citation, score: 0.9 }, other, report] });
    expect(sectionTexts(message)[1]).toBe(
      '*Sources*\n' +
        '• Action items *44-30*, *44-01* · Resolution 44 · _Action Plan for the implementation of WTSA-16 Resolutions and Opinion (2022 edition)_ — ' +
        'Resolution 44 – Bridging the standardization gap between developing and developed countries\n' +
        '• _ITU report April 2018 – June 2022_ — Bridging the standardization gap',
    );
  });

  it('shows an abstention in the bot’s words and the nearest items it does not already list', () => {
    const abstention: Answer = {
      question: 'status of action item 44-99',
      text: '44-99 is not in the reports.',
      abstained: true,
      citations: [],
      cards: [],
      nearest: [
        { label: '44-30 — Provision, by the TSB, of fellowships to eligible countries', actionItem: '44-30', question: 'status of action item 44-30' },
        { label: 'Resolution 44 — Bridging the standardization gap', actionItem: null, question: 'Resolution 44' },
      ],
      generatedBy: 'extractive',
    };
    const { message } = renderSlackAnswer(abstention, { answerId: 'a3' });
    expect(sectionTexts(message)).toEqual([
      '44-99 is not in the reports.',
      '*Closest items in the reports*\n• 44-30 — Provision, by the TSB, of fellowships to eligible countries\n' +
        '• Resolution 44 — Bridging the standardization gap',
    ]);
  });

  it('says plainly when an abstention has no text', () => {
    const { message } = renderSlackAnswer({ ...fellowshipAnswer('q'), text: '', abstained: true, citations: [], cards: [] });
    expect(sectionTexts(message)).toEqual(["I couldn't find a sourced answer to that in the ITU reports."]);
  });

  it('keeps long answers within Slack limits and continues them in the thread', () => {
    const paragraph = 'The TSB reported progress on fellowships for eligible countries in every study group meeting. '.repeat(20);
    const long: Answer = { ...fellowshipAnswer('q'), text: Array.from({ length: 12 }, (_, i) => `${i + 1}. ${paragraph}`).join('\n\n') };
    expect(long.text.length).toBeGreaterThan(20_000);

    const { message, threadReplies } = renderSlackAnswer(long, { answerId: 'a4' });
    const all = [message, ...threadReplies];
    for (const part of all) {
      expect(blocksProblem(part.blocks)).toBeUndefined();
      expect(part.blocks.length).toBeLessThanOrEqual(SlackLimits.blocksPerMessage);
      for (const text of sectionTexts(part)) expect(text.length).toBeLessThanOrEqual(SlackLimits.sectionText);
      expect(part.text.length).toBeLessThanOrEqual(SlackLimits.messageText);
    }
    expect(threadReplies.length).toBeGreaterThan(0);
    expect(message.blocks.some((b) => b.type === 'context' && JSON.stringify(b).includes('continues in the thread'))).toBe(true);
    // Nothing is lost: every numbered paragraph appears once across the message and its replies.
    const shown = all.flatMap(sectionTexts).join('\n\n');
    for (let i = 1; i <= 12; i += 1) expect(shown.match(new RegExp(`(^|\\n)${i}\\. The TSB`, 'g'))).toHaveLength(1);
  });

  it('splits a single paragraph longer than a section on word boundaries', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `word${i}`).join(' ');
    const { message, threadReplies } = renderSlackAnswer({ ...fellowshipAnswer('q'), text: words });
    const texts = [message, ...threadReplies].flatMap(sectionTexts).filter((t) => t.startsWith('word'));
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join(' ')).toBe(words);
  });
});

describe('citationLine', () => {
  it('names what is known and skips what is not', () => {
    const line = citationLine({ ...fellowshipAnswer('q').citations[0]!, actionItem: null, resolution: null, section: '' });
    expect(line).toBe('• _Action Plan for the implementation of WTSA-16 Resolutions and Opinion (2022 edition)_');
  });
});

describe('renderSlackHelp', () => {
  it('offers three example questions', () => {
    const help = renderSlackHelp();
    expect(help.text.match(/^• /gm)).toHaveLength(3);
    expect(help.text).toContain('• status of Resolution 44 fellowships');
    expect(blocksProblem(help.blocks)).toBeUndefined();
  });
});
