import { describe, expect, it } from 'vitest';
import { latestStatus } from '../../bot/answering/key-sentences.js';
import { lastStatusLine } from '../../bot/digest/status-lines.js';
import { readsNewestFirst } from '../../retrieval/corpus/status-order.js';
import { sharedRapporteur } from '../support/shared-rapporteur.js';

describe('the latest status of a narrative', () => {
  it('is its last paragraphs, within the budget', () => {
    const status = 'Over the period 2018 to 2019, 40 fellowships were awarded.\nOver the period 2020 to 2021, none were awarded.';
    expect(latestStatus(status, 60)).toBe('Over the period 2020 to 2021, none were awarded.');
    expect(latestStatus(status, 200)).toBe(status.replace('\n', ' '));
  });

  it('never opens with a table row cut from its header', () => {
    const status = [
      'SG20 met in December 2019 and adopted the deliverables in the table below:',
      'Deliverable | Q | Decision Taken',
      'D3.2 - SensorThings API | 4/20 | Approved as Y.4473 · The JCA maintains the IoT roadmap. · SG20 works with oneM2M.',
    ].join('\n');
    expect(latestStatus(status, 110)).toBe('The JCA maintains the IoT roadmap. · SG20 works with oneM2M.');
  });

  it('keeps a table row that is all the narrative says', () => {
    expect(latestStatus('D3.2 | 4/20 | Approved', 100)).toBe('D3.2 | 4/20 | Approved');
  });

  it('is its first paragraph when the narrative is kept newest first (67-06)', async () => {
    const item = (await sharedRapporteur()).index.records.find((r) => r.kind === 'action-item' && r.id === '67-06');
    if (item?.kind !== 'action-item') throw new Error('67-06 is missing');
    expect(latestStatus(item.status, 200)).toMatch(/^TSB translated 4 AAP Recommendations in the period September 2021 – December 2021/);
    expect(lastStatusLine(item.status, 200)).toMatch(/^TSB translated 4 AAP Recommendations/);
  });
});

describe('a narrative kept newest first', () => {
  it.each([
    [['In 2021, 4 translated.', 'In 2020, 11 translated.', 'In 2018, 14 translated.'], true],
    [['In 2018, 14 translated.', 'In 2020, 11 translated.', 'In 2021, 4 translated.'], false],
    [['Work continued in 2021.', 'It had started in 2017.'], false],
    [['In 2021 the JCA met.', 'Y.2067 was approved.', 'C17/2018 was noted in 2020.', 'In 2019 SG20 met.'], true],
    [['SG9 met in 2021.', 'SG11 met in 2018.', 'SG13 met in 2020.'], false],
    [['No date here.', 'Nor here.'], false],
  ])('%j → %s', (paragraphs, newestFirst) => {
    expect(readsNewestFirst(paragraphs)).toBe(newestFirst);
  });
});
