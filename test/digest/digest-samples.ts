import { buildDigest } from '../../bot/digest/build-digest.js';
import type { Digest, DigestItem, DigestMeeting } from '../../bot/digest/digest.js';
import { fullDigestCorpus } from './digest-fixtures.js';

export const SAMPLE_MEETING: DigestMeeting = {
  name: 'TSAG (January 2027)',
  start: '2027-01-25',
  end: '2027-01-29',
  timeZone: 'Europe/Zurich',
  fromCalendar: true,
};

/** The digest of the real seeds for a January 2027 TSAG. */
export function sampleDigest(): Digest {
  return buildDigest(fullDigestCorpus(), SAMPLE_MEETING, new Date('2027-01-18T08:00:00Z'));
}

/** A digest far longer than any real one: `count` items needing attention, ids `9-0001`…. */
export function hugeDigest(count: number): Digest {
  const digest = sampleDigest();
  const template = digest.needsAttention[1]!;
  const items: DigestItem[] = Array.from({ length: count }, (_, i) => {
    const id = `9-${String(i + 1).padStart(4, '0')}`;
    return { ...template, id, cite: { ...template.cite, actionItem: id } };
  });
  return { ...digest, needsAttention: items };
}
