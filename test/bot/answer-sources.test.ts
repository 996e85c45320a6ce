import { beforeAll, describe, expect, it } from 'vitest';
import { relatedOf, sourcesOf, type Answer, type Citation } from '../../bot/answer.js';
import { documentName } from '../../bot/answering/answer-citations.js';
import type { Rapporteur } from '../../bot/rapporteur.js';
import { sharedRapporteur } from '../support/shared-rapporteur.js';

let bot: Rapporteur;
beforeAll(async () => {
  bot = await sharedRapporteur();
});

const PLAN = 'Action Plan for the implementation of WTSA-16 Resolutions and Opinion (2022 edition)';
const OFFICES_2025 = 'Contribution of the ITU Regional Offices to the ITU-T operational plan (2025)';
const OFFICES_2021 = 'Contribution of the ITU Regional Offices to the ITU-T operational plan (2021)';

/** An action item by its number, anything else by its document and section. */
const unit = (c: Citation): string => c.actionItem ?? `${c.documentTitle} › ${c.section}`;
const units = (citations: Citation[]): string[] => citations.map(unit);
const roles = (answer: Answer): string[] => answer.citations.map((c) => c.role);

describe('sources are what the answer drew on; near hits are related', () => {
  it('gives a one-item answer exactly one source, 44-30, and its near hits as related', async () => {
    const answer = await bot.ask('status of Resolution 44 fellowships');
    expect(units(sourcesOf(answer))).toEqual(['44-30']);
    expect(units(relatedOf(answer))).toEqual(['44-01', '44-21', '44-15', 'unnumbered row after 44-35']);
    expect(roles(answer)).toEqual(['source', 'related', 'related', 'related', 'related']);
    expect(answer.citations[0]).toMatchObject({ document: '004_34e05be8ad0376c5.txt', documentTitle: PLAN, edition: '2022-01-01' });
  });

  it('shows an item once beside its card: the text holds everything, the text beside the card nothing the card shows', async () => {
    const answer = await bot.ask('status of Resolution 44 fellowships');
    expect(answer.cards.map((c) => c.id)).toEqual(['44-30']);
    expect(answer.textBesideCards).toBe('');
    expect(answer.text.split('\n')).toEqual([
      '44-30 — Provision, by the TSB, of fellowships to eligible countries to attend relevant ITU-T meetings. (Resolution 44)',
      'Milestone: Ongoing · Periodic goals met: yes · Completed: no',
      `Latest status: ${answer.cards[0]!.latestStatus}`,
    ]);
  });

  it('keeps beside the card only the status sentences that answer a question asking for particulars', async () => {
    const answer = await bot.ask('fellowships awarded Dec 2018 to Jul 2019?');
    expect(units(sourcesOf(answer))).toEqual(['44-30']);
    expect(answer.textBesideCards).toMatch(/^From the status of 44-30: Over the period from March 2017 until January 2018/);
    expect(answer.textBesideCards).toContain('Over the period December 2018 to July 2019, 191 fellowships were awarded');
    expect(answer.textBesideCards).not.toContain('Milestone');
    expect(answer.text).toContain('From the status: Over the period from March 2017');
    expect(answer.text).toContain('Latest status:');
  });

  it('gives a passage answer the passage it quotes as its source, the other edition as related', async () => {
    const answer = await bot.ask('How many field offices does ITU have?');
    expect(units(sourcesOf(answer))).toEqual([`${OFFICES_2025} › Introduction: ITU Regional Presence`]);
    expect(units(relatedOf(answer))[0]).toBe(`${OFFICES_2021} › Introduction: ITU Regional Presence`);
    expect(sourcesOf(answer)[0]!.document).toBe('001_8bc5aacc5d96b944.txt');
    expect(answer.text).toContain(`(${OFFICES_2025} › Introduction: ITU Regional Presence)`);
    expect(answer.textBesideCards).toBeUndefined();
  });

  it('gives a list answer every listed item as a source and nothing related', async () => {
    const answer = await bot.ask('What is the status of Resolution 22?');
    expect(answer.listed).toHaveLength(13);
    expect(units(sourcesOf(answer))).toEqual(answer.listed);
    expect(relatedOf(answer)).toEqual([]);
  });

  it('gives an exact lookup of two items both as sources, with a card each', async () => {
    const answer = await bot.ask('44-30 and 44-31');
    expect(units(sourcesOf(answer))).toEqual(['44-30', '44-31']);
    expect(answer.cards.map((c) => c.id)).toEqual(['44-30', '44-31']);
    expect(answer.textBesideCards).toBe('');
  });

  it('keeps the language note beside the cards of a question in another language', async () => {
    const answer = await bot.ask('Où en sont les bourses de la Résolution 44 ?');
    expect(units(sourcesOf(answer))).toEqual(['44-30']);
    expect(answer.textBesideCards).toBe('Réponse extraite des rapports, en anglais (aucune traduction disponible) :');
  });

  it('names no seed file anywhere a user reads', async () => {
    for (const question of ['status of Resolution 44 fellowships', 'How many field offices does ITU have?', 'What does Resolution 44 resolve?']) {
      const answer = await bot.ask(question);
      const shown = [answer.text, answer.textBesideCards, ...answer.citations.flatMap((c) => [c.documentTitle, c.section, c.excerpt])];
      expect(shown.join('\n')).not.toMatch(/\d{3}_[0-9a-f]{16}/);
    }
  });
});

describe('documentName', () => {
  it('adds the edition year unless the title says it', () => {
    expect(documentName('Action Plan for the implementation of WTSA-16 Resolutions and Opinion', '2022-01-01')).toBe(PLAN);
    expect(documentName(OFFICES_2025, '2025-01-01')).toBe(OFFICES_2025);
    expect(documentName('ITU report April 2018 – June 2022', '2022-06-30')).toBe('ITU report April 2018 – June 2022');
    expect(documentName('Report on the implementation of the Buenos Aires Action Plan (2018–2020)', '2021-01-01')).toBe(
      'Report on the implementation of the Buenos Aires Action Plan (2018–2020) (2021 edition)',
    );
    expect(documentName('regional report', '')).toBe('regional report');
  });
});
