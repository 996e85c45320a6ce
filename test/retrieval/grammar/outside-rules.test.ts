import { describe, expect, it } from 'vitest';
import { outsideRuleBodies, statesRuleOf } from '../../../retrieval/query/grammar/outside-rules.js';

describe("questions on another organisation's own rules", () => {
  it.each([
    ['What approval threshold does IEEE 802 require for a draft standard to pass sponsor ballot?', ['ieee']],
    ["under ETSI's IPR policy, how soon do you have to declare essential patents?", ['etsi']],
    ["what's the quorum for CEPT Com-ITU to adopt a European Common Proposal for WTSA?", ['cept']],
    ['how did the ETSI General Assembly vote on its 2024 budget?', ['etsi']],
    ['how much are 3GPP membership fees?', ['3gpp']],
    ['what majority does the IETF need to publish an RFC?', ['ietf', 'rfc']],
    // ITU's own bodies and rules are the reports' subject
    ['how many votes did WTSA-20 need to adopt Resolution 1?', []],
    ['What has SG12 done on minimum QoS thresholds for alternative calling procedures?', []],
    ['what is the TSAG quorum?', []],
    // no rule asked
    ['what did ITU-T and IEEE do together on time-sensitive networking?', []],
  ] as const)('%s → %j', (q, bodies) => {
    expect(outsideRuleBodies(q)).toEqual(bodies);
  });

  it.each([
    ['The IEEE 802 Executive Committee approved it by a two-thirds majority.', 'ieee', true],
    ['ITU and IEEE 802 held a joint workshop on TSN.', 'ieee', false],
    ['A quorum of Member States was reached at the session.', 'cept', false],
    ['Decisions at CEPT are taken by vote of the administrations.', 'cept', true],
  ] as const)('"%s" states a rule of %s: %s', (sentence, body, expected) => {
    expect(statesRuleOf(sentence, body)).toBe(expected);
  });
});
