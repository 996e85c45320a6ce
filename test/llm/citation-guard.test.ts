import { describe, expect, it } from 'vitest';
import { citationId, guardCitations } from '../../bot/llm/citation-guard.js';

const labels = new Map([
  ['44-30', '44-30'],
  ['44-01', '44-01'],
  ['P1', 'Africa › Other areas'],
]);

describe('citation guard', () => {
  it('keeps retrieved ids in cited order and writes passages by their label', () => {
    const guarded = guardCitations('Fellowships go on [44-30]. Offices help [P1]. See also [44-01, 44-30].', labels);
    expect(guarded).toEqual({
      text: 'Fellowships go on [44-30]. Offices help [Africa › Other areas]. See also [44-01; 44-30].',
      cited: ['44-30', 'P1', '44-01'],
      removed: [],
    });
  });

  it('removes ids that were not retrieved, with the space before them', () => {
    const guarded = guardCitations('Approved [44-99]. Ongoing [44-30] [99-99]. As noted [P7], it works [44-30; 12-34].', labels);
    expect(guarded.text).toBe('Approved. Ongoing [44-30]. As noted, it works [44-30].');
    expect(guarded.cited).toEqual(['44-30']);
    expect(guarded.removed).toEqual(['44-99', '99-99', 'P7', '12-34']);
  });

  it('reads the ways models write ids: dashes, "action item", spacing, zero padding', () => {
    expect(citationId('44\u201130')).toBe('44-30');
    expect(citationId('44 – 30')).toBe('44-30');
    expect(citationId('Action item 44-30')).toBe('44-30');
    expect(citationId('4-01')).toBe('04-01');
    expect(citationId('p 2')).toBe('P2');
    expect(citationId('P02')).toBe('P2');
    expect(citationId('sic')).toBeUndefined();
    expect(citationId('2021')).toBeUndefined();
    const guarded = guardCitations('Ongoing [Action item 44\u201130] and [p1].', labels);
    expect(guarded.text).toBe('Ongoing [44-30] and [Africa › Other areas].');
  });

  it('leaves brackets that cite nothing alone and keeps the text as written', () => {
    const guarded = guardCitations("Le TSB a dit [sic] qu'il n'y a pas de bourse ; voir [44-30] !", labels);
    expect(guarded.text).toBe("Le TSB a dit [sic] qu'il n'y a pas de bourse ; voir [44-30] !");
  });

  it('cites nothing when every citation is invented', () => {
    expect(guardCitations('All done [44-99][P9].', labels)).toEqual({ text: 'All done.', cited: [], removed: ['44-99', 'P9'] });
  });
});
