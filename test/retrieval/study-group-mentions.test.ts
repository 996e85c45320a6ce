import { describe, expect, it } from 'vitest';
import type { ActionItemRecord } from '../../retrieval/corpus/records.js';
import { studyGroupsNamed } from '../../retrieval/corpus/study-group-mentions.js';
import { keywordFields } from '../../retrieval/index/index-text.js';

describe('study groups named by number, in the reports\' forms', () => {
  it.each([
    ['SGs 11 and 17 to develop Recommendations (i. SGs11+17 1)', ['SG11', 'SG17']],
    ['SG11 to study identifiers, in collaboration with ITU-T Study Groups 2, 17 and 20', ['SG11', 'SG2', 'SG17', 'SG20']],
    ['SG16 and SG20, in collaboration with relevant SGs (i. SGs 16+20 2)', ['SG16', 'SG20']],
    ['ITU-T SG 17 leads; ITU-D Study Group 2 is informed', ['SG17']],
    ['All ITU-T study groups to explore ways (resolves 1)', []],
  ])('%s → %j', (text, groups) => {
    expect(studyGroupsNamed(text)).toEqual(groups);
  });

  it("an item's keyword tags carry the study groups its action names as one word each", () => {
    const item = {
      kind: 'action-item', key: 'item:97-08', id: '97-08', aliases: [], resolution: '97', resolutionTitle: 'Combating mobile telecommunication device theft',
      action: 'SGs 11 and 17 to develop Recommendations, technical reports and guidelines (i. SGs11+17 1)', milestone: 'Ongoing', goalsMet: true, completed: false, status: '',
    } as unknown as ActionItemRecord;
    expect(keywordFields(item).tags.split(/\s+/)).toEqual(expect.arrayContaining(['SG11', 'SG17']));
  });
});
