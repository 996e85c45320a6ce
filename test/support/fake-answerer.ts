import type { Answer, Answerer, AskContext } from '../../bot/answer.js';

/**
 * A canned answerer for adapter unit tests that must not depend on the index. Integration
 * tests use the real pipeline from `shared-rapporteur.ts`.
 */
export class FakeAnswerer implements Answerer {
  readonly calls: { question: string; context?: AskContext }[] = [];

  constructor(private readonly make: (question: string) => Answer = fellowshipAnswer) {}

  async ask(question: string, context?: AskContext): Promise<Answer> {
    // Channels pass a streaming callback; tests compare what was asked, so it is left out.
    const { onText: _streaming, ...asked } = context ?? {};
    this.calls.push({ question, context: context ? asked : undefined });
    return this.make(question);
  }
}

export function fellowshipAnswer(question: string): Answer {
  return {
    question,
    text:
      '44-30 — Provision, by the TSB, of fellowships to eligible countries to attend relevant ITU-T meetings.\n' +
      'Milestone: Ongoing · Periodic goals met: yes · Completed: no\n\n' +
      'Over the period October 2021 to December 2021, due to COVID-19 restrictions, no fellowships were awarded.',
    abstained: false,
    citations: [
      {
        role: 'source',
        actionItem: '44-30',
        resolution: '44',
        document: '004_34e05be8ad0376c5.txt',
        documentTitle: 'Action Plan for the implementation of WTSA-16 Resolutions and Opinion (2022 edition)',
        edition: '2022-01-01',
        section: 'Resolution 44 – Bridging the standardization gap between developing and developed countries',
        excerpt: 'Over the period October 2021 to December 2021, due to COVID-19 restrictions, no fellowships were awarded.',
        score: 1,
        url: null,
      },
    ],
    cards: [
      {
        id: '44-30',
        resolution: '44',
        resolutionTitle: 'Bridging the standardization gap between developing and developed countries',
        action: 'Provision, by the TSB, of fellowships to eligible countries to attend relevant ITU-T meetings.',
        milestone: 'Ongoing',
        goalsMet: true,
        completed: false,
        latestStatus: 'Over the period October 2021 to December 2021, due to COVID-19 restrictions, no fellowships were awarded.',
      },
    ],
    nearest: [],
    generatedBy: 'extractive',
  };
}
