import { describe, expect, it } from 'vitest';
import { outsideRuleBodies, statesRuleOf } from '../../../retrieval/query/grammar/outside-rules.js';

describe("questions on another organisation's own rules", () => {
  it.each([
    ['What approval threshold does IEEE 802 require for a draft standard to pass sponsor ballot?', ['IEEE']],
    ["under ETSI's IPR policy, how soon do you have to declare essential patents?", ['ETSI']],
    ["what's the quorum for CEPT Com-ITU to adopt a European Common Proposal for WTSA?", ['CEPT']],
    ['how did the ETSI General Assembly vote on its 2024 budget?', ['ETSI']],
    ['how much are 3GPP membership fees?', ['3GPP']],
    ['what majority does the IETF need to publish an RFC?', ['IETF']],
    // ITU's own bodies and rules are the reports' subject
    ['how does 3GPP approve change requests?', ['3GPP']],
    ["What is ETSI's patent policy?", ['ETSI']],
    ['What does it cost to join ETSI as a full member?', ['ETSI']],
    ['how does a company join 3GPP if it is not an ETSI member?', ['3GPP']],
    ['what does a vendor need to become a member of ATIS?', ['ATIS']],
    ["what's the approval threshold for an IEEE 802 working group letter ballot?", ['IEEE']],
    ['What is the procedure for ICANN to delegate a new gTLD?', ['ICANN']],
    ['What is the IEEE balloting procedure?', ['IEEE']],
    ['how does the IEEE-SA recirculation ballot work before a standard gets approved?', ['IEEE-SA']],
    ['what majority does a WTSA-20 vote need?', []],
    ['How does IETF approve RFCs?', ['IETF']],
    ['how does the Broadband Forum sign off a new Technical Report - straight vote or a ballot period?', ['Broadband Forum']],
    ['What is the voting procedure of the Open Mobile Alliance board?', ['Open Mobile Alliance']],
    ['how does the Wi-Fi Alliance approve a certification programme?', ['Wi-Fi Alliance']],
    ['How does 3GPP freeze a release?', ['3GPP']],
    ["What are the TM Forum's rules for approving a best practice document?", ['TM', 'TM Forum']],
    ['how does oneM2M approve a new release?', ['oneM2M']],
    ['how does W3C approve a recommendation?', ['W3C']],
    ['how does the Internet Engineering Task Force approve a standard?', ['Internet Engineering Task Force']],
    ['How does ETSI adopt a European Standard?', ['ETSI']],
    ['how does CableLabs certify cable modems?', ['CableLabs']],
    ['how does the LoRa Alliance certify devices?', ['LoRa Alliance', 'LoRa']],
    ['what are the rules for VoIP and QoS in the IoT?', []],
    ['does ITU certify devices for conformity?', []],
    ["what's ITU's C&I programme certification about?", []],
    ['how many votes did WTSA-20 need to adopt Resolution 1?', []],
    // the acronym stands far from the rule word, in an aside, or is a generation or a currency
    ['What IPR issues were discussed at the joint ITU and NGMN workshop on open source?', []],
    ['What IPR issues were discussed at the joint workshop on open source and standards for 5G in Seattle?', []],
    ['Which supplement compares RF-EMF exposure thresholds stricter than the ICNIRP or IEEE guidelines?', []],
    ['Did the six regional organizations (APT, ATU, CEPT, CITEL, RCC, ASMG) reach a majority to suppress Resolution 35?', []],
    ['How much is the academia membership fee in CHF?', []],
    ['What has SG12 done on minimum QoS thresholds for alternative calling procedures?', []],
    ['what is the TSAG quorum?', []],
    ['How does the Advisory Group approve its report?', []],
    ['what did the Broadband Forum liaise on with SG15?', []],
    ['which item says SG2 told ETSI and TMF about its new rules?', []],
    ['how can universities join ITU-T as Academia?', []],
    ['has SG17 been joining the ETSI workshops?', []],
    ['did SG17 join the ETSI workshop on NFV?', []],
    // no rule asked
    ['what did ITU-T and IEEE do together on time-sensitive networking?', []],
  ] as const)('%s → %j', (q, bodies) => {
    expect(outsideRuleBodies(q)).toEqual(bodies);
  });

  it.each([
    ['The IEEE 802 Executive Committee approved it by a two-thirds majority.', 'IEEE', true],
    ['ITU and IEEE 802 held a joint workshop on TSN.', 'IEEE', false],
    ['A quorum of Member States was reached at the session.', 'CEPT', false],
    ['Decisions at CEPT are taken by vote of the administrations.', 'CEPT', true],
    ["ETSI's IPR policy requires early disclosure.", 'ETSI', true],
    ['The meeting approved the liaison prepared by the informal meeting to TSAG and IAB (IETF Internet Architecture Board).', 'IETF', false],
  ] as const)('"%s" states a rule of %s: %s', (sentence, body, expected) => {
    expect(statesRuleOf(sentence, body)).toBe(expected);
  });
});
