import type { Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../bot/answer.js';
import type { Rapporteur } from '../../bot/rapporteur.js';
import type { TeamsMessageEntity } from '../../adapters/teams/teams-citations.js';
import { renderTeamsAnswer, TEAMS_ACTIVITY_BYTE_BUDGET } from '../../adapters/teams/teams-renderer.js';
import { fellowshipAnswer } from '../support/fake-answerer.js';
import { sharedRapporteur } from '../support/shared-rapporteur.js';

const QUESTION = 'status of Resolution 44 fellowships';

/** The first (usually the only) message of an answer. */
const firstMessage = (answer: Answer, byteBudget?: number): Partial<Activity> => renderTeamsAnswer(answer, byteBudget)[0]!;

function entityOf(activity: Partial<Activity>): TeamsMessageEntity {
  expect(activity.entities).toHaveLength(1);
  return activity.entities![0] as unknown as TeamsMessageEntity;
}

const markersIn = (text: string): number[] => [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));

function citation(overrides: Partial<Citation>): Citation {
  return { ...fellowshipAnswer(QUESTION).citations[0]!, ...overrides };
}

/** A seed file name (`004_34e05be8ad0376c5.txt`): never shown to users. */
const SEED_FILE = /\d{3}_[0-9a-f]{16}/;

describe('renderTeamsAnswer on real answers: native citations for sources only, related named plainly', () => {
  let bot: Rapporteur;
  beforeAll(async () => {
    bot = await sharedRapporteur();
  });

  it('shows a one-item answer as its card, one claim for 44-30 and the related items in words', async () => {
    const answer = await bot.ask(QUESTION);
    const activity = firstMessage(answer);

    expect(activity.text).toBe('Source: 44-30 [1]\n\nRelated: 44-01; 44-21; 44-15; unnumbered row after 44-35');
    expect(entityOf(activity).citation!.map((c) => [c.position, c.appearance.name])).toEqual([
      [1, '44-30 · Action Plan for the implementation of WTSA-16… (2022 edition)'],
    ]);
    expect(activity.attachments!.map((a) => (a.content as { body: { text?: string }[] }).body[0]!.text)).toEqual(['Action item 44-30']);
    expect(JSON.stringify(activity)).not.toMatch(SEED_FILE);
  });

  it('describes the item in the text when the card must be dropped to fit', async () => {
    const answer = await bot.ask(QUESTION);
    const full = firstMessage(answer);
    const activity = firstMessage(answer, Buffer.byteLength(JSON.stringify(full)) - 1);
    expect(activity.attachments).toBeUndefined();
    expect(activity.text).toBe(
      '44-30 — Provision, by the TSB, of fellowships to eligible countries to attend relevant ITU-T meetings. (Resolution 44)<br>' +
        'Milestone: Ongoing · Periodic goals met: yes · Completed: no<br>' +
        `Latest status: ${answer.cards[0]!.latestStatus} [1]\n\n` +
        'Related: 44-01; 44-21; 44-15; unnumbered row after 44-35',
    );
  });

  it('marks the passage a report answer quotes, and names the other edition as related', async () => {
    const activity = firstMessage(await bot.ask('How many field offices does ITU have?'));
    const [answerText, related] = activity.text!.split('\n\n');
    expect(answerText).toMatch(/Asia and the Pacific\. \[1\]<br>\(Contribution of the ITU Regional Offices to the ITU-T operational plan \(2025\) › Introduction: ITU Regional Presence\)$/);
    expect(related).toBe(
      'Related: Introduction: ITU Regional Presence (2021); Europe - ITU Office for Europe › EMF capacity building (2021); ' +
        'Europe - ITU Office for Europe › EMF paper (2021); Europe - ITU Office for Europe (2025)',
    );
    expect(entityOf(activity).citation!.map((c) => c.appearance.name)).toEqual([
      'Contribution of the ITU Regional Offices to the ITU-T operational plan (2025)',
    ]);
    expect(JSON.stringify(activity)).not.toMatch(SEED_FILE);
  });

  it('marks each item of a list answer on its own line', async () => {
    const answer = await bot.ask('What is the status of Resolution 22?');
    const lines = firstMessage(answer).text!.split('<br>');
    expect(lines.slice(1).map((line) => /^• (\d\d-\d\d|unnumbered row after \d\d-\d\d) — .* \[(\d+)\]$/.exec(line)?.slice(1))).toEqual(
      answer.listed!.map((id, i) => [id, String(i + 1)]),
    );
  });
});

describe('renderTeamsAnswer', () => {
  it('renders the 44-30 answer with a marker per citation, the citation entity, a card and feedback', () => {
    const activity = firstMessage(fellowshipAnswer(QUESTION));

    expect(activity.type).toBe('message');
    expect(activity.textFormat).toBe('markdown');
    expect(activity.text).toBe(
      '44-30 — Provision, by the TSB, of fellowships to eligible countries to attend relevant ITU-T meetings.<br>' +
        'Milestone: Ongoing · Periodic goals met: yes · Completed: no\n\n' +
        'Over the period October 2021 to December 2021, due to COVID-19 restrictions, no fellowships were awarded. [1]',
    );
    expect(entityOf(activity)).toEqual({
      type: 'https://schema.org/Message',
      '@type': 'Message',
      '@context': 'https://schema.org',
      '@id': '',
      citation: [
        {
          '@type': 'Claim',
          position: 1,
          appearance: {
            '@type': 'DigitalDocument',
            name: '44-30 · Action Plan for the implementation of WTSA-16… (2022 edition)',
            abstract: 'Over the period October 2021 to December 2021, due to COVID-19 restrictions, no fellowships were awarded.',
            keywords: ['Resolution 44', 'Action item 44-30'],
          },
        },
      ],
    });
    expect(activity.channelData).toEqual({ feedbackLoopEnabled: true });
    const card = activity.attachments![0]!.content as { body: { type: string; text?: string; facts?: { title: string; value: string }[] }[] };
    expect(card.body.find((b) => b.type === 'FactSet')!.facts).toEqual([
      { title: 'Resolution', value: '44 – Bridging the standardization gap between developing and developed countries' },
      { title: 'Milestone', value: 'Ongoing' },
      { title: 'Periodic goals met', value: 'Yes' },
      { title: 'Completed', value: 'No' },
    ]);
  });

  it('adds the AI label only when a language model wrote the text', () => {
    expect(entityOf(firstMessage({ ...fellowshipAnswer(QUESTION), generatedBy: 'llm' })).additionalType).toEqual([
      'AIGeneratedContent',
    ]);
    expect(entityOf(firstMessage(fellowshipAnswer(QUESTION))).additionalType).toBeUndefined();
  });

  it('shows only the native [n] marker in a model-written answer, not the model’s own [44-30] beside it', () => {
    const written: Answer = {
      ...fellowshipAnswer(QUESTION),
      text: 'Fellowships under Resolution 44 continue [44-30]. None were awarded late in 2021 [item 44-30] (because of COVID-19) [see note].',
      cards: [],
      generatedBy: 'llm',
    };
    const text = firstMessage(written).text!;
    expect(text).not.toMatch(/\[(item )?44-30\]/);
    expect(markersIn(text)).toEqual([1]);
    expect(text).toContain('(because of COVID-19) [see note]');
    // Extractive answers keep their text as written.
    expect(firstMessage({ ...written, generatedBy: 'extractive' }).text).toContain('[44-30]');
  });

  it('marks each source where it is supported, names unused ones in a Sources line, with the url when known', () => {
    const answer: Answer = {
      ...fellowshipAnswer(QUESTION),
      text:
        '44-30 — Provision of fellowships.\n\n' +
        'No fellowships were awarded between October and December 2021 because of COVID-19 restrictions.\n\n' +
        '44-31 — Remote participation for delegates from developing countries is offered in all meetings.',
      citations: [
        citation({
          actionItem: '44-31',
          excerpt: 'Remote participation for delegates from developing countries is offered in all meetings.',
          url: 'https://www.itu.int/md/T17-TSAG-C-0123',
        }),
        citation({ excerpt: 'No fellowships were awarded between October and December 2021 because of COVID-19 restrictions.' }),
        citation({ actionItem: null, resolution: null, excerpt: 'An unrelated passage from the report body that is quoted nowhere.' }),
      ],
    };

    const activity = firstMessage(answer);

    const paragraphs = activity.text!.split('\n\n');
    expect(paragraphs[1]).toMatch(/restrictions\. \[2\]$/);
    expect(paragraphs[2]).toMatch(/meetings\. \[1\]$/);
    expect(paragraphs[3]).toBe('Source: Resolution 44 – Bridging the standardization gap between… [3]');
    const claims = entityOf(activity).citation!;
    expect(claims.map((c) => c.position).sort()).toEqual(markersIn(activity.text!).sort());
    expect(claims[0]!.appearance.url).toBe('https://www.itu.int/md/T17-TSAG-C-0123');
    expect(claims[2]!.appearance.name).toBe('Action Plan for the implementation of WTSA-16 Resolutions and… (2022 edition)');
    expect(claims[2]!.appearance.keywords).toBeUndefined();
  });

  it('keeps names within 80 and abstracts within 160 characters, and at most 20 citations', () => {
    const long = 'Bridging the standardization gap '.repeat(10);
    const answer: Answer = {
      ...fellowshipAnswer(QUESTION),
      citations: Array.from({ length: 25 }, (_, i) =>
        citation({ actionItem: `44-${i + 1}`, documentTitle: long, excerpt: `${i + 1} ${long}` }),
      ),
    };

    const claims = entityOf(firstMessage(answer)).citation!;

    expect(claims).toHaveLength(20);
    for (const claim of claims) {
      expect(claim.appearance.name.length).toBeLessThanOrEqual(80);
      expect(claim.appearance.abstract.length).toBeLessThanOrEqual(160);
      expect(claim.appearance.abstract.endsWith('…')).toBe(true);
    }
    expect(claims[0]!.appearance.name.startsWith('44-1 · Bridging the standardization gap')).toBe(true);
  });

  it('renders an abstention as its text, with no citation entity or card', () => {
    const answer: Answer = {
      ...fellowshipAnswer('status of the moon base'),
      text: 'The reports do not answer this question.\n\nNearest items:\n• 44-30 — Fellowships to attend ITU-T meetings',
      abstained: true,
      citations: [],
      cards: [],
      nearest: [{ label: '44-30 — Fellowships to attend ITU-T meetings', actionItem: '44-30', question: 'status of action item 44-30' }],
    };

    const activity = firstMessage(answer);

    expect(activity.text).toBe(
      'The reports do not answer this question.\n\nNearest items:<br>• 44-30 — Fellowships to attend ITU-T meetings',
    );
    expect(activity.entities).toBeUndefined();
    expect(activity.attachments).toBeUndefined();
  });

  it('escapes HTML from the sources so Teams shows it as text', () => {
    const activity = firstMessage({ ...fellowshipAnswer(QUESTION), text: 'Use <b>only</b> A & B.', citations: [], cards: [] });
    expect(activity.text).toBe('Use &lt;b&gt;only&lt;/b&gt; A &amp; B.');
  });

  it('stays under the Teams size limit: drops cards, then continues in further messages, each with the claims of its markers', () => {
    const paragraph = 'Over the period, fellowships were awarded to delegates from developing countries. '.repeat(40);
    const answer: Answer = {
      ...fellowshipAnswer(QUESTION),
      text: Array.from({ length: 12 }, (_, i) => `${i + 1}. ${paragraph}`).join('\n\n'),
      citations: Array.from({ length: 12 }, (_, i) => citation({ excerpt: `${i + 1}. ${paragraph}`.slice(0, 120) })),
    };

    const messages = renderTeamsAnswer(answer);

    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(Buffer.byteLength(JSON.stringify(message))).toBeLessThanOrEqual(TEAMS_ACTIVITY_BYTE_BUDGET);
      expect(message.attachments).toBeUndefined();
      expect(entityOf(message).citation!.map((c) => c.position)).toEqual(markersIn(message.text!));
    }
    const text = messages.map((m) => m.text).join('\n\n');
    for (let i = 1; i <= 12; i++) expect(text).toContain(`${i}. Over the period`);
    expect(text).not.toContain('…');
  });
});

describe('renderTeamsAnswer on a complete list longer than one message', () => {
  it('names every item across the messages, none cut', async () => {
    const bot = await sharedRapporteur();
    const answer = await bot.ask('which action items are not completed?');
    const messages = renderTeamsAnswer(answer);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(Buffer.byteLength(JSON.stringify(message))).toBeLessThanOrEqual(TEAMS_ACTIVITY_BYTE_BUDGET);
    const text = messages.map((m) => m.text).join('<br>');
    expect(answer.listed!.length).toBeGreaterThan(200);
    for (const id of answer.listed!) expect(text).toContain(`• ${id} — `);
  });
});
