import { describe, expect, it } from 'vitest';
import { keySentences } from '../../bot/answering/answering-sentences.js';

const WEBINARS =
  'Between July and December 2025, three security webinars were organised for regulators, addressing social engineering, ' +
  'phishing-resistant credentials and weak encryption in payment transactions across the region. ' +
  'These sessions attracted a combined total of 291 participants, drawn from regulatory authorities, central banks, ' +
  'payment providers and cybersecurity institutions, with broad participation from many countries of the region. ' +
  'A workshop on fibre planning followed in December.';

describe('keySentences', () => {
  it("brings the best sentence's continuation, cut to the budget, when the two do not fit whole", () => {
    const excerpt = keySentences(WEBINARS, 'how many people attended the security webinars in the second half of 2025?', 400);
    expect(excerpt.startsWith('Between July and December 2025, three security webinars')).toBe(true);
    expect(excerpt).toContain('These sessions attracted a combined total of 291 participants');
    expect(excerpt.length).toBeLessThanOrEqual(400);
    expect(excerpt.endsWith('…')).toBe(true);
  });

  it('marks sentences taken from apart with "…", and joins neighbours plainly', () => {
    const text =
      'The workshop on fibre planning was held in Chad. Nothing else happened. Regulators met in Geneva. ' +
      'The fibre planning workshop drew 60 participants. It was organised with ARTAC.';
    const excerpt = keySentences(text, 'how many attended the fibre planning workshop in Chad?', 400);
    expect(excerpt).toBe('The workshop on fibre planning was held in Chad. … The fibre planning workshop drew 60 participants. It was organised with ARTAC.');
  });

  it('a sentence answering each form asked ("where and when") beats one answering only one', () => {
    const text =
      'The first youth summit was held on 2-4 June 2022 as a side event. ' +
      'The conference was organized successfully in Kigali, Rwanda, from 6 to 16 June 2022.';
    expect(keySentences(text, 'Where and when was the conference held?', 90)).toBe(
      'The conference was organized successfully in Kigali, Rwanda, from 6 to 16 June 2022.',
    );
  });

  it.each([
    ['which country signed an MoU with ITU at the event?', 'The event included the signing of an MoU between Australia and ITU.'],
    ['which country hosted the event?', 'The event was held on 8 March 2022 in Geneva, alongside the assembly.'],
  ])('"%s": "which country" asks where only with a verb of holding', (q, sentence) => {
    const text = 'The event was held on 8 March 2022 in Geneva, alongside the assembly. The event included the signing of an MoU between Australia and ITU.';
    expect(keySentences(text, q, 80)).toBe(sentence);
  });

  it('a question of two forms ("where … and how many") gets a sentence for each, the second cut to the budget', () => {
    const text =
      'The conference was organized successfully in Kigali, Rwanda, from 6 to 16 June 2022, under the theme: Connecting the unconnected. ' +
      'WTDC-22 was attended by 2 152 participants (1 304 in-person and 848 joining online) from 150 Member States, 96 Sector Members and 37 Academia.';
    const excerpt = keySentences(text, 'Where was WTDC-22 held and how many attended?', 200);
    expect(excerpt.startsWith('The conference was organized successfully in Kigali')).toBe(true);
    expect(excerpt).toContain('WTDC-22 was attended by 2 152 participants');
    expect(excerpt.length).toBeLessThanOrEqual(200);
    expect(keySentences(text, 'Where was WTDC-22 held?', 200)).not.toContain('2 152');
  });

  it('a line that only leads in ("is of the opinion that") comes with the line it leads into', () => {
    const text = 'is of the opinion that\nMember States concerned may wish to withdraw the reservations about Recommendation ITU-T D.156,\ninvites the Council\nto report.';
    expect(keySentences(text, 'what is Opinion 1', 300)).toMatch(/^is of the opinion that Member States concerned may wish/);
  });

  it.each([
    ['who is ITU co-organizing the course with?'],
    ['which partners is the Bangkok course run with?'],
    ['with whom is the course organized?'],
    ['that Bangkok course on storage protection - apart from ITU, who else is putting it on?'],
  ])(
    'a question on partners takes the sentence naming one: %s',
    (q) => {
      const text =
        'ITU is organizing an interregional training course on 11-13 February 2026 in Bangkok, Thailand. ' +
        'The course covers two ITU-T Recommendations on storage protection and passwordless authentication. ' +
        'This event is organized together with the Telecommunication Technology Association (TTA) of the Republic of Korea.';
      expect(keySentences(text, q, 130)).toContain('organized together with the Telecommunication Technology Association');
    },
  );

  it.each([['which country came on board as co-host of the online summit?'], ['what countries joined the summit as co-conveners in 2020?']])(
    'a question asking which country takes the sentence naming one, over one sharing more words: %s',
    (q) => {
      const text =
        'In 2020, the AI for Good Global Summit was transformed into an always online, all-year digital platform, with weekly and daily programming. ' +
        'The Summit offers services demonstrating how AI helps achieve the SDGs. ' +
        'Switzerland joined as a co-convener of the Summit.';
      expect(keySentences(text, q, 90)).toBe('Switzerland joined as a co-convener of the Summit.');
    },
  );

  it('an honorific ("H.E.") does not end the sentence naming who chaired', () => {
    const text =
      'The forum celebrated innovation through emerging technologies. WSIS Forum 2022 was chaired by H.E. Professor Isa Ali Ibrahim (Pantami), Minister of Communications.';
    expect(keySentences(text, 'Who chaired the WSIS Forum 2022?', 200)).toBe(
      'WSIS Forum 2022 was chaired by H.E. Professor Isa Ali Ibrahim (Pantami), Minister of Communications.',
    );
  });

  it('the sentence holding what "who" or "which" asks for beats the one describing the subject', () => {
    const group =
      'High-Level Committee on Programmes (HLCP) Interagency Working Group on AI (IAWG-AI): During the 40th HLCP session in October 2020, ' +
      'an HLCP interagency working group on AI (IAWG-AI) was established to focus on policy and programmatic coherence of AI activities within the UN. ' +
      'The IAWG-AI, co-led by UNESCO and ITU, is leveraging the ITU analysis exercise on capacity within the UN and other stakeholders.';
    expect(keySentences(group, 'who co-leads the UN inter-agency working group on AI that HLCP set up?', 200)).toContain('co-led by UNESCO and ITU');
    const meetings =
      'Jamaica: July 2021; Mr Ansord Hewitt, Director General, Office of Utilities Regulation to update on upcoming WTSA. ' +
      'Jamaica: July 2021; Honourable Daryl Vaz, Minister of Science, Energy and Technology to update on upcoming WTSA.';
    expect(keySentences(meetings, 'July 2021 - which Jamaican minister did the Americas office brief on the upcoming WTSA?', 150)).toContain('Daryl Vaz');
  });

  it("cuts a sentence too long for the budget to the words holding the question's, not always at its end", () => {
    const text =
      'Building on the impactful joint presentation of the ITU Regional Office for Asia and the Pacific and TSB colleagues on different aspects of ' +
      'the Smart Sustainable Cities hosted by Brunei online back in June 2020 and the discussion in January 2021 as part of the ASEAN Digital Senior ' +
      "Officials' Meeting (ADGSOM), the ITU Regional Office worked with the U4SSC Secretariat in Geneva to present the initiative bilaterally to " +
      'Brunei Darussalam and Thailand in August 2021.';
    const excerpt = keySentences(text, 'which countries did the Bangkok office and the U4SSC secretariat pitch the initiative to bilaterally in Aug 2021?', 300);
    expect(excerpt.startsWith('… ')).toBe(true);
    expect(excerpt.endsWith('Brunei Darussalam and Thailand in August 2021.')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(300);
    // Where the words asked are as many from the start, the cut stays at the end.
    expect(keySentences(text, 'what did the Asia-Pacific office present with TSB colleagues on smart sustainable cities in Brunei?', 300)).toMatch(/^Building on the impactful/);
  });

  it('keeps the short list a lead-in announces, and leaves long bullets apart', () => {
    const text = [
      'ITU has offices in the six BDT regions:',
      '· Africa',
      '· Americas',
      '· Arab states',
      'Activities in 2025:',
      '· SG2 in its meeting of 29 March to 7 April 2017 noted three contributions on the credibility of calling line identification.',
      '· Europe',
    ].join('\n');
    expect(keySentences(text, 'which regions does ITU have offices in?', 400)).toBe(
      'ITU has offices in the six BDT regions: Africa; Americas; Arab states',
    );
    expect(keySentences(text, 'what did SG2 note on calling line identification in 2017?', 400)).toBe(
      'SG2 in its meeting of 29 March to 7 April 2017 noted three contributions on the credibility of calling line identification.',
    );
  });

});
