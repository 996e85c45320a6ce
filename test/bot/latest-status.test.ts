import { describe, expect, it } from 'vitest';
import { latestStatus } from '../../bot/answering/key-sentences.js';

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
});
