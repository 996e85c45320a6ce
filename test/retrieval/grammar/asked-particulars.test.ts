import { describe, expect, it } from 'vitest';
import { answersWhereOrWhen, answersWhereOrWhenAt, asksForOfficeHolder, asksWhenStarted, givesDate, asksOutcomeOf, asksForWinner, officeHolderClause, onlyDatesQuestion, saysTookPlace, statesOccurrenceOf, statesOutcomeOf, statesPersonName, statesWinner, withoutDatingEvents, withoutOccurrenceVerbs, withoutReportReference } from '../../../retrieval/query/grammar/asked-particulars.js';

describe('questions on who holds an office', () => {
  it.each([
    ["who's the current SG13 chairman? need a name for an invitation letter", true],
    ['who is the TSB Director?', true],
    ["who's the TSB boss?", true],
    ['who is the chief of BDT?', true],
    ['Who was the chair of TSAG in 2019?', true],
    ['name of the SG17 vice-chairman please', true],
    ['who is the new Secretary-General', true],
    ['who chairs ITU-T Study Group 2?', true],
    ['who heads the Telecommunication Development Bureau?', true],
    ['who leads the work on counterfeit devices?', false],
    ['who heads the work on EMF?', false],
    ["what's the name of the TSB G-staff member who was posted to the Arab regional office?", true],
    ['who keeps the radiation-exposure web pages current?', false],
    ['who is responsible for the fellowships?', false],
    ['which group chairs the JCA on IoT?', false],
    ['Who chairs SG17?', true],
    ['who chairs SG-13?', true],
    ['who chaired the JCA-DCC?', true],
    ['who presided over WTSA-20?', true],
    ['who chaired the focus group on machine learning?', true],
    ['who headed the ITU delegation at the meeting?', true],
    ['who chaired sessions on accessibility?', false],
    ['Who are the vice-chairmen of TSAG?', true],
    ['who is the ITU-T Study Group 11 chairman?', true],
    // contact persons, focal points and liaisons are named people too; chat spellings ("whos") ask the same
    ["whos SG17's contact person to SCV?", true],
    ['who is the focal point for accessibility in TSB?', true],
    ["who's SG13's liaison rapporteur to ITU-D?", true],
    ['whos the SG13 chairman?', true],
    ['who is in contact with the SCV?', false],
    // a body answers these, not a person
    ['Who heads the study group work on QoS?', false],
    ["Who heads ITU's work on cybersecurity?", false],
    ['Who chairs the ITU-T work on e-health?', false],
    ['Who heads the BSG programme?', false],
  ] as const)('%s: %s', (q, expected) => {
    expect(asksForOfficeHolder(q)).toBe(expected);
  });

  it.each([
    ["who's the current SG13 chairman? need a name for an invitation letter", "who's the current SG13 chairman"],
    ['for the invitation letter - who chairs SG17 now?', 'who chairs SG17 now'],
    ['quick one; who is the TSB Director!', 'who is the TSB Director'],
    ['who leads the work on counterfeit devices?', undefined],
    ["whos SG17's contact person to SCV? need the name + which action item has it", "whos SG17's contact person to SCV"],
  ] as const)('the clause asking for a holder of "%s" is "%s"', (q, clause) => {
    expect(officeHolderClause(q)?.trim()).toBe(clause);
  });

  it.each([
    ["who's the TSB director according to the action plan", "who's the TSB director"],
    ['whos the SG11 chairman in the 2021 RO report', 'whos the SG11 chairman'],
    ['who chairs SG17 as per the BaAP report', 'who chairs SG17'],
    ['who chaired the session in the plenary hall', 'who chaired the session in the plenary hall'],
  ] as const)('"%s" without the report it names is "%s"', (clause, rest) => {
    expect(withoutReportReference(clause)).toBe(rest);
  });

  it.each([
    ['SG17 appointed Mr. Paul Najarian as its contact to SCV.', true],
    ['met Dr Amina Diallo, the minister', true],
    ['Houlin Zhao / Secretary-General, International Telecommunication Union', true],
    ['FG ML5G chairman, Slawomir Stanczak, presented the results', true],
    ['The forum was chaired by H.E. Professor Isa Ali Ibrahim.', true],
    ['The group is chaired by the Deputy Secretary-General.', true],
    ['ITU has been the co-chair of the network since 2018.', true],
    ['the Chairman of Study Group 2 consulted TSAG', false],
    ['SG13 EWM focal point is the SG13 Chairman.', false],
    ['The TSAG Chairman consulted the Expert Group.', false],
  ] as const)('%s names a person: %s', (text, expected) => {
    expect(statesPersonName(text)).toBe(expected);
  });
});

describe('where and when of a named event', () => {
  it.each([
    ['where and when is WRC-27 going to be held?', 'wrc-27', 'WRC-19 adopted the preliminary agenda for WRC-27.', 'none'],
    ['When was WTDC-22 held?', 'wtdc-22', 'WTDC-22 was organized in Kigali, Rwanda, from 6 to 16 June 2022.', 'all'],
    ['Where did WTDC-22 take place?', 'wtdc-22', 'WTDC-22 was organized in Kigali, Rwanda.', 'all'],
    ['Where did WTDC-22 take place?', 'wtdc-22', 'WTDC-22 took place in June 2022.', 'none'],
    ['where and when is WRC-27?', 'wrc-27', 'WRC-27 will meet in 2027.', 'some'],
    ['Where and when was WTDC-22 held?', 'wtdc-22', 'WTDC-22 was organized in Kigali, Rwanda, from 6 to 16 June 2022.', 'all'],
    ['Where was WRC-19 held?', 'wrc-19', 'WRC-19, Sharm el-Sheikh, Egypt, from 28 October to 22 November 2019', 'all'],
    ['Where did WRS-20 take place?', 'wrs-20', 'WRS-20 was a fully virtual event.', 'all'],
    ['Where did RA-19 take place?', 'ra-19', 'the Radiocommunication Assembly 2019 (RA-19), Sharm el-Sheikh, Egypt', 'all'],
    ['Where was WRC-19 held?', 'wrc-19', 'WRC-19 identified 50-52 MHz in Region 1.', 'none'],
    ['Where and when was WTDC-22 held?', 'wtdc-22', 'WTDC-22 put an affordable online experience at the centre.', 'none'],
    ['When was WRC-19 held?', 'wrc-19', 'At WRC-19 administrations may propose new items.', 'none'],
    ['In which city will WRC-27 take place?', 'wrc-27', 'the preliminary agenda for WRC-27', 'none'],
    ['What are the dates of WRC-23?', 'wrc-23', 'the agenda for WRC-23', 'none'],
    // the event named first, then asked of as "it"
    ['WTPF-21 - when was it held?', 'wtpf-21', 'WTPF-21 was held virtually from 16 to 18 December 2021.', 'all'],
    ['WTPF-21: where was it?', 'wtpf-21', 'WTPF-21 discussed new and emerging technologies.', 'none'],
  ] as const)('%s — "%s" in "%s": %s', (q, event, sentence, expected) => {
    expect(answersWhereOrWhen(q, event, sentence)).toBe(expected);
  });

  it('asks nothing of an event named first when the where / when asks of something else', () => {
    expect(answersWhereOrWhen('WTPF-21 - when was the report published?', 'wtpf-21', 'WTPF-21 was held virtually.')).toBeUndefined();
  });

  it("asks nothing of an event the where / when is not about (\"where's the list of meetings since WTSA-16?\")", () => {
    expect(answersWhereOrWhen("Res 54 - where's the list of all the regional group meetings held since WTSA-16?", 'wtsa-16', 'no place')).toBeUndefined();
  });
});

describe('where and when of a thing that is no numbered event', () => {
  const week = 'Four events were organized as part of the ITU-UNESCO Digital Inclusion Week that took place in Baghdad, Iraq, from 22 to 25 September 2019.';
  const at = (sentence: string, word: string): number => sentence.indexOf(word);
  it.each([
    ['where was the ITU-UNESCO Digital Inclusion Week held in 2019?', week, 'ITU-UNESCO', true],
    ['when was the ITU-UNESCO Digital Inclusion Week?', week, 'ITU-UNESCO', true],
    ['where and when was the ITU-UNESCO Digital Inclusion Week?', week, 'ITU-UNESCO', true],
    ['when was the Accessible Europe forum held?', 'The Regional Forum for Europe on “Accessible Europe: ICTs 4 ALL" took place virtually from 23 to 25 March 2021.', 'Europe', true],
    ['which city hosted the cyberdrill?', 'In 2017, the cyberdrill took place in Moldova.', 'cyberdrill', true],
    ['where was the cyberdrill held?', 'The cyberdrill report was published in June.', 'cyberdrill', false],
    ['where was the cyberdrill held?', 'Participants of the cyberdrill came from 20 countries, and the closing took place in Oman.', 'cyberdrill', false],
    ['who ran the cyberdrill?', 'In 2017, the cyberdrill took place in Moldova.', 'cyberdrill', false],
    // "which country signed…" asks who; "which country hosted…" asks where.
    ['which country signed the MoU at the cyberdrill?', 'In 2017, the cyberdrill took place in Moldova.', 'cyberdrill', false],
    ['which country hosted the cyberdrill?', 'In 2017, the cyberdrill took place in Moldova.', 'cyberdrill', true],
    // When something began: the sentence must say it began, not that it met since.
    ['when was the Expert Group on ICT Indicators (EGTI) set up?', 'The Expert Group on Telecommunication/ICT Indicators (EGTI) was created in May 2009 with the mandate to revise the list.', 'EGTI', true],
    ['when was the Expert Group on ICT Indicators (EGTI) set up?', 'Between 2018 and 2020, the Expert Group (EGTI) and the Expert Group (EGH) met for annual meetings held back to back.', 'EGTI', false],
    ['AI for Road Safety initiative - when was it launched?', 'AI for Road Safety initiative: Launched in October 2021, the initiative promotes an AI-enhanced approach.', 'Safety', true],
    ['when was TSAG RG-ResReview set up', 'The February/March 2018 TSAG meeting established TSAG RG-ResReview.', 'RG-ResReview', true],
    ['when was TSAG RG-ResReview set up', 'TSAG-TD789 was presented to the TSAG RG-ResReview December 2020 e-meeting.', 'RG-ResReview', false],
    ['what year did the office open?', 'The office was opened in 2019 in Tegucigalpa.', 'office', true],
  ] as const)('%s — "%s" after "%s": %s', (q, sentence, word, expected) => {
    expect(answersWhereOrWhenAt(q, sentence, at(sentence, word))).toBe(expected);
  });
});

describe('the verbs a where / when question asks with', () => {
  it.each([
    ['Where was Kaleidoscope 2019 held?', 'Where was Kaleidoscope 2019 ?'],
    ['when did the Green Standards Week take place', 'when did the Green Standards Week'],
    ['which city hosted WTDC-22?', 'which city WTDC-22?'],
    ['who hosted the 2019 event?', 'who hosted the 2019 event?'],
    ['how many meetings were held?', 'how many meetings were held?'],
  ])('%s → %s', (q, expected) => {
    expect(withoutOccurrenceVerbs(q)).toBe(expected);
  });
});

describe('what a numbered event decided', () => {
  it.each([
    ['what did WRC-23 end up deciding on new IMT identifications?', 'wrc-23', true],
    ['What has WTSA-24 adopted on AI?', 'wtsa-24', true],
    ['what were the outcomes of WTSA-20?', 'wtsa-20', true],
    ['the decisions of the WTDC-22 on connectivity', 'wtdc-22', true],
    ['where was WRC-23 held?', 'wrc-23', false],
    ['what did SG5 decide about WRC-23?', 'wrc-23', false],
  ])('%s — asks what %s decided: %s', (q, event, expected) => {
    expect(asksOutcomeOf(q, event)).toBe(expected);
  });

  it.each([
    ['WTSA-20 revised 36 Resolutions, adopted two new Resolutions, suppressed four Resolutions.', 'wtsa-20', true],
    ['The Kigali Declaration and the Kigali Action Plan adopted by WTDC-22 have put connectivity at the centre.', 'wtdc-22', true],
    ['The main outcomes of WRC-19 are listed below.', 'wrc-19', false],
    ['WRC-19 adopted new Resolutions containing the agenda for WRC-23.', 'wrc-23', false],
    ['WTDC-22 featured a series of pioneering initiatives.', 'wtdc-22', false],
  ])('%s — states what %s decided: %s', (sentence, event, expected) => {
    expect(statesOutcomeOf(sentence, event)).toBe(expected);
  });
});

describe('who won a competition', () => {
  it.each([
    ['who won the 2021 Regional Competition for Innovative Digital Solutions for Accessible Europe?', true],
    ['winners of the Caribbean hackathon?', true],
    ['which country won the regional hackathon?', true],
    ['who was the winner of the EQUALS award?', true],
    ['how many apps were shortlisted?', false],
    ['did the ITU win support for the project?', false],
  ] as const)('%s: %s', (q, expected) => {
    expect(asksForWinner(q)).toBe(expected);
  });

  it.each([
    ['Jamaica won the regional event and afterwards competed in the final.', true],
    ['The prize was won by Kenya.', true],
    ['The winners were Durban-based start-ups.', true],
    ['TSB experts helped shortlist the finalists and winners of the competition.', false],
    ['18 winners of WSIS Prize 2020 were announced.', false],
  ] as const)('%s names a winner: %s', (sentence, expected) => {
    expect(statesWinner(sentence)).toBe(expected);
  });
});

describe('sentences that say an event took place', () => {
  it.each([
    ['The 8th World Telecommunication Development Conference (WTDC-22) was organized successfully in Kigali, Rwanda, from 6 to 16 June 2022.', 'wtdc-22', true],
    ['World Conferences WTDC-22 The 8th World Telecommunication Development Conference (WTDC-22) was organized in Kigali.', 'wtdc-22', true],
    ['WTSA-20 was planned to take place at Hyderabad, India, from 16 to 27 November 2020.', 'wtsa-20', true],
    ['WTSA-20 was held in Geneva from 1 to 9 March 2022.', 'wtsa-20', true],
    // the date is another event's
    ['WTDC-22 featured a series of pioneering initiatives: the first-ever Generation Connect Global Youth Summit on 2-4 June 2022; the Partner2Connect (P2C) Digital Development Roundtable, held as an integral part of the conference on 7-9 June 2022.', 'wtdc-22', false],
    ['The Kigali Declaration and the Kigali Action Plan adopted by WTDC-22 have put universal and meaningful connectivity at the core.', 'wtdc-22', false],
  ] as const)('%s (%s): %s', (sentence, event, expected) => {
    expect(statesOccurrenceOf(sentence, event)).toBe(expected);
  });
});

describe('an event that only dates the question', () => {
  it.each([
    ['which official did the Americas office meet before WTSA-20?', 'wtsa-20', true],
    ['what did the Arab office do ahead of WTDC-22?', 'wtdc-22', true],
    ['regional meetings in the run-up to the PP-22', 'pp-22', true],
    ['how many meetings did the QSDG hold since WTSA-16?', 'wtsa-16', true],
    ['any workshops after the WTDC-17?', 'wtdc-17', true],
    ['what did WTSA-20 decide on study groups?', 'wtsa-20', false],
    ['where was WTDC-22 held?', 'wtdc-22', false],
  ] as const)('%s (%s) → %s', (q, event, expected) => {
    expect(onlyDatesQuestion(q, event)).toBe(expected);
  });
});

describe('a sentence that says something took place, whatever it names', () => {
  it.each([
    ['The Sixth World Telecommunication Policy Forum, held virtually from 16 to 18 December 2021, was themed…', true],
    ['The workshop took place in Tunis.', true],
    ['WTPF-21 discussed new and emerging technologies.', false],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(saysTookPlace(sentence)).toBe(expected);
  });
});

describe('when something began', () => {
  it.each([
    ['when was the Expert Group on ICT Indicators (EGTI) set up?', true],
    ['what year did the ITU area office in Honduras open?', true],
    ['AI for Road Safety initiative - when was it launched?', true],
    ['when did SG2 actually kick off the E.ACP draft?', true],
    ['when was the Accessible Europe forum held?', false],
    ['what was launched at WTSA-20?', false],
  ])('%s asks when it began: %s', (q, expected) => {
    expect(asksWhenStarted(q)).toBe(expected);
  });

  it.each([
    ['The Expert Group on Telecommunication/ICT Indicators (EGTI) was created in May 2009.', true],
    ['SG17 has maintained the ICT security standards roadmap since 2006.', true],
    ['The ITU Regional Office for the Americas and its Area Offices, in Chile, Honduras & Barbados, have continued close coordination with TSB.', false],
  ])('"%s" gives a date: %s', (sentence, expected) => {
    expect(givesDate(sentence)).toBe(expected);
  });
});

describe('events that only date the question from behind', () => {
  it.each([
    ['how many meetings did the QSDG hold after WTSA-16?', 'how many meetings did the QSDG hold ?'],
    ['any workshops since the WTDC-17 in Buenos Aires?', 'any workshops in Buenos Aires?'],
    ['what happened following PP-18', 'what happened '],
    // preparing for an event is often the topic itself
    ['were regional meetings held ahead of WTSA-20?', 'were regional meetings held ahead of WTSA-20?'],
    ['what did WTSA-16 decide after the vote?', 'what did WTSA-16 decide after the vote?'],
  ])('%s', (question, rest) => {
    expect(withoutDatingEvents(question).replace(/\s+/g, ' ')).toBe(rest.replace(/\s+/g, ' '));
  });
});
