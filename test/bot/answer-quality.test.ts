import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreCase, summarize, type EvalCase } from '../../bot/evaluation/score-eval.js';
import type { Rapporteur } from '../../bot/rapporteur.js';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import { rapporteurWithStore, sharedRapporteur } from '../support/shared-rapporteur.js';
import { REPO_ROOT } from '../support/test-paths.js';

let bot: Rapporteur;
beforeAll(async () => {
  bot = await sharedRapporteur();
});

describe('complete lists, checked against the table marks', () => {
  it.each([
    ['Resolution 61: which action items have been completed?', ['61-01'], '1 Resolution 61 action item completed'],
    ["what's still open under Res 65?", ['65-01', '65-02'], '2 Resolution 65 action items not completed'],
    // typos in the words that make it a list
    ['wich res 61 itmes are compelted', ['61-01'], '1 Resolution 61 action item completed'],
    ['Res 94 - which items carry an ongoing milestone?', ['94-01', '94-02', '94-04', '94-05'], '4 Resolution 94 action items with an ongoing milestone'],
    ['which Res 69 items are not ongoing?', ['69-03', '69-04', '69-05'], '3 Resolution 69 action items with a milestone other than Ongoing'],
    // Resolutions named by their title, not their number
    ['In the Technology Watch resolution, which items have both boxes left empty?', ['66-01', '66-02'], '2 Resolution 66 action items needing attention'],
    ['any open items on spam?', ['52-01', '52-02', '52-03', '52-05', '52-06', '52-07', '52-08', '52-09'], '8 Resolution 52 action items not completed'],
    ['which action items on e-waste are still open?', ['79-01', '79-02', '79-03', '79-04', '79-05', '79-06'], '6 Resolution 79 action items not completed'],
    ['the resolution on open source: which items are completed?', ['90-01', '90-02'], '2 Resolution 90 action items completed'],
    ['the one on counterfeit devices - which items have a Council milestone?', ['96-09'], '1 Resolution 96 action item with a milestone naming Council'],
    ['TSAG authorization resolution: which items are completed?', ['22-02', '22-03', '22-06', '22-07', 'unnumbered row after 22-09', '22-12'], '6 Resolution 22 action items completed'],
    // no Resolution named: the topic narrows the plan-wide list
    ['which completed items involve SG17?', ['52-04'], '1 action item completed about SG17'],
    ['Res 93: which items have their periodic goals met?', ['93-01', '93-02', '93-03', '93-04'], '4 Resolution 93 action items with periodic goals met'],
    ['which Res 93 items have a 2021 milestone?', ['93-03'], '1 Resolution 93 action item with a milestone naming 2021'],
    ['Res 22: which items are due at TSAG in 2021?', ['22-04', '22-07', '22-08', '22-09'], '4 Resolution 22 action items with a milestone naming TSAG in 2021'],
    // study groups however typed, and in lists of several ("ITU-T Study Groups 2, 17 and 20")
    [
      'which open items involve Study Group 20?',
      ['78-04', '78-05', '78-06', '78-07', '94-01', '94-02', '96-15', '98-01', '98-02', '98-03', '98-04', '98-07'],
      '12 action items not completed about SG20',
    ],
    ["quelles actions en cours concernent la commission d'études 20 ?", ['78-04', '78-05', '78-06', '78-07', '94-01', '94-02', '96-15', '98-01', '98-02', '98-03', '98-04', '98-07'], '12 action items not completed about SG20'],
    ['which completed items involve study group 2?', ['61-01'], '1 action item completed about SG2:'],
    // a study group named with no filter is a list too; clause tags ("(i. SGs 1)") and ITU-D study groups are not ITU-T's
    ['which items involve SG13?', ['60-01', '77-10', '92-01', '92-04', '92-05', '92-06', '93-01', '94-01', '94-02'], '9 action items about SG13:'],
    [
      'which open items involve SG2 or SG3?',
      ['20-02', '20-03', '20-04', '29-01', '29-02', '29-03', '47-01', '49-01', '49-02', '60-01', '61-02', '61-03', '62-01', '64-02', '64-03', '65-01', '84-01', '84-02', '88-01', '89-01', '91-01', '93-01', '93-05', '96-15'],
      '24 action items not completed about SG2 or SG3:',
    ],
    [
      'какие незавершённые пункты касаются ИК 17?',
      ['50-05', '50-06', '50-18', '52-01', '52-03', '52-05', '52-06', '58-01', '65-01', '78-04', '78-05', '78-06', '78-07', '84-01', '84-02', '92-10', '93-01', '94-01', '94-02', '96-15', '97-08', '97-09', '97-10', '97-11'],
      '24 action items not completed about SG17:',
    ],
    ['which Council-milestone items are marked open?', ['20-03', '32-03', '47-02', '48-02', '49-03', '50-09', '52-07', '62-03', '69-05', '70-03', '70-05', '70-06', '75-02', '76-11', '87-02', '90-07', '93-03', '96-09'], '18 action items not completed, with a milestone naming Council:'],
    ['what items are done for Resolution 1?', ['01-01', '01-02', '01-03', '01-07', '01-08', '01-09', '01-10'], '7 Resolution 1 action items completed:'],
    // a mark filter and a milestone filter together
    ['which open items are pegged to a TSAG milestone under Resolution 22?', ['22-01', '22-04', '22-05', '22-08', '22-09'], '5 Resolution 22 action items not completed, with a milestone naming TSAG'],
    ['Res 90: completed items due at TSAG?', ['90-01', '90-02'], '2 Resolution 90 action items completed, with a milestone naming TSAG'],
    ['full list of the action items for res 93 on interconnection of 4G and IMT-2020 networks please', ['93-01', '93-02', '93-03', '93-04', '93-05'], '5 Resolution 93 action items'],
    ['the interconnection resolution (93): whats not completd yet?', ['93-01', '93-02', '93-03', '93-04', '93-05'], '5 Resolution 93 action items not completed'],
  ])('%s', async (q, items, count) => {
    const answer = await bot.ask(q);
    expect(answer.listed).toEqual(items);
    expect(answer.text).toContain(count);
    for (const id of items) expect(answer.text).toContain(`• ${id} — `);
  });

  it.each([
    ['open items due at TSAG', '28 action items not completed, with a milestone naming TSAG:'],
    ['which items with goals met have a Council milestone?', '22 action items with periodic goals met, with a milestone naming Council:'],
    ['which items have a fixed deadline and are not done?', '30 action items not completed, with a milestone other than Ongoing:'],
    ['which open items involve meetings?', '28 action items not completed about meetings:'],
    ['which open items involve SG1?', 'No action items not completed about SG1. All 335 action items not completed:'],
  ])('the words of a filter are not its topic, nor a Resolution title: %s', async (q, heading) => {
    expect((await bot.ask(q)).text.split('\n')[0]).toBe(heading);
  });

  it('a word no item is about beside one that some item is about is chatter, not topic ("what\'s happening with spam?")', async () => {
    const answer = await bot.ask("what's happening with spam? any open items");
    expect(answer.text.split('\n')[0]).toBe('8 action items not completed about spam:');
  });

  it.each([
    ['is 44-30 completed?', 'No: 44-30 is not completed.'],
    ['is 83-02 still open?', 'No: 83-02 is completed.'],
    ['Has 22-12 been completed?', 'Yes: 22-12 is completed.'],
  ])('"%s" is answered yes or no first', async (question, verdict) => {
    const answer = await bot.ask(question);
    expect(answer.text.startsWith(`${verdict}\n\n`)).toBe(true);
    expect(answer.cards).toHaveLength(1);
  });

  it('a plan-wide list whose topic no item is about says so, then lists what the filter matched', async () => {
    const answer = await bot.ask('which completed items are about developing countries?');
    expect(answer.text.split('\n')[0]).toBe('No action items completed about developing countries. All 40 action items completed:');
    expect(answer.listed).toHaveLength(40);
  });

  it('a filter no item of the Resolution meets says so, then shows its items with their marks', async () => {
    const answer = await bot.ask('Is Res 45 complete?');
    expect(answer.abstained).toBe(false);
    expect(answer.listed).toEqual([]);
    expect(answer.text.split('\n').slice(0, 3)).toEqual([
      'No Resolution 45 action items completed. Its 2 action items:',
      expect.stringMatching(/^• 45-01 — TSAG, at each meeting, .*\(Ongoing, goals met\)$/),
      expect.stringMatching(/^• 45-02 — .*\(Ongoing, goals met\)$/),
    ]);
  });

  it.each([
    ['which resolutions have all their items completed?'],
    ['which resolutions are fully implemented?'],
    ['how many resolutions have every item completed?'],
    ["quelles résolutions ont tous leurs points d'action terminés ?"],
    ['quelles résolutions ont toutes leurs actions terminées ?'],
    ['¿Qué resoluciones tienen todas sus acciones completadas?'],
    ['which resolutions are done?'],
    ['Quelles résolutions sont entièrement mises en œuvre ?'],
  ])('%s names the Resolutions whose every item is completed, checked against the marks', async (q) => {
    const answer = await bot.ask(q);
    expect(answer.text).toContain('2 Resolutions with all their action items completed:');
    expect(answer.text).toMatch(/• Resolution 35 — .* \(1 of 1 item\)/);
    expect(answer.text).toMatch(/• Resolution 85 — .* \(1 of 1 item\)/);
    expect(answer.listed).toEqual(['35-01', '85-01']);
  });

  it.each([['which resolutions still have open items?'], ['Какие резолюции ещё имеют невыполненные пункты?']])('"%s" counts each one\'s open items', async (q) => {
    const answer = await bot.ask(q);
    expect(answer.text).toMatch(/^58 Resolutions with action items not completed:$/m);
    expect(answer.text).toMatch(/• Resolution 1 — .* \(3 of 10 items\)/);
    expect(answer.text).not.toContain('• Resolution 35 —');
    expect(answer.listed).toHaveLength(335);
  });

  it.each([['which resolutions have no completed items?'], ['list resolutions where nothing is completed']])('"%s" asks it of every item', async (q) => {
    const answer = await bot.ask(q);
    expect(answer.text.split('\n')[0]).toBe('35 Resolutions with all their action items not completed:');
    expect(answer.text).toMatch(/• Resolution 7 — .* \(7 of 7 items\)/);
    expect(answer.text).not.toMatch(/• Resolution 1 —/);
  });

  it('"how many resolutions are in the plan?" counts them, each with its items', async () => {
    const answer = await bot.ask('how many resolutions are in the plan?');
    expect(answer.text.split('\n')[0]).toBe('60 Resolutions with action items:');
    expect(answer.text).toMatch(/• Resolution 1 — .* \(10 of 10 items\)/);
  });

  it('"are all action items completed?" is a no on the whole plan, counted', async () => {
    expect((await bot.ask('are all action items completed?')).text.split('\n')[0]).toBe('No: 335 of the 375 are not.');
  });

  it.each([['how many action items are there in total?'], ['how many items does the action plan have altogether?'], ['What is the total number of action items?'], ["Combien y a-t-il de points d'action au total ?"], ['¿Cuántos puntos de acción hay en total?'], ['Сколько всего пунктов действий?']])('%s: the whole plan with its tally', async (q) => {
    const answer = await bot.ask(q);
    expect(answer.text).toMatch(/^375 action items \(40 completed, 335 open, 6 needing attention\):$/m);
    expect(answer.listed).toHaveLength(375);
  });

  it('a list longer than a screen names every item, with no "…and N more"', async () => {
    const answer = await bot.ask('which action items are completed?');
    expect(answer.listed!.length).toBeGreaterThan(30);
    for (const id of answer.listed!) expect(answer.text).toContain(`• ${id} — `);
    expect(answer.text).not.toMatch(/and \d+ more/);
  });

  it.each([
    ['Are all Resolution 1 items completed?', 'No: 01-04, 01-05 and 01-06 are not.\n\n7 Resolution 1 action items completed:'],
    ['have all Res 90 items met their periodic goals?', 'No: 90-07 is not.\n\n6 Resolution 90 action items with periodic goals met:'],
    ['is Res 44 all done?', 'No: 24 of the 25 are not (44-01, 44-02,'],
  ])('"%s" is answered yes or no first, naming what keeps it from yes', async (question, opening) => {
    const answer = await bot.ask(question);
    expect(answer.text.startsWith(opening)).toBe(true);
  });

  it('a study group\'s items within a Resolution are a list ("which Res 96 items are for SG11?")', async () => {
    const answer = await bot.ask('which Res 96 items are for SG11?');
    expect(answer.listed).toEqual(['96-02', '96-13', '96-14', '96-15', '96-16', '96-17', '96-18']);
  });

  it('"has everything under Resolution 90 been finished?" is a yes or no on the whole set', async () => {
    const answer = await bot.ask('Has everything under Resolution 90 been finished?');
    expect(answer.text.startsWith('No: 5 of the 7 are not (90-03, 90-04, 90-05, 90-06 and 90-07).')).toBe(true);
    expect(answer.listed).toEqual(['90-01', '90-02']);
  });

  it('a follow-up that points back keeps the thread\'s Resolution', async () => {
    const threaded = await rapporteurWithStore(new SqliteStateStore(join(mkdtempSync(join(tmpdir(), 'rapporteur-')), 'state.sqlite')));
    await threaded.ask('What is the status of Resolution 65?', { conversationId: 'thread-1' });
    const answer = await threaded.ask('which of those are completed?', { conversationId: 'thread-1' });
    expect(answer.listed).toEqual(['65-03']);
  });
});

describe('the words of the question that shape it are not its topic', () => {
  it('"Which action items deal with fellowships?" finds the fellowship items, not one that speaks of "action items"', async () => {
    const answer = await bot.ask('Which action items deal with fellowships?');
    expect(answer.citations.slice(0, 2).map((c) => c.actionItem).sort()).toEqual(['44-30', '59-03']);
  });

  it.each([
    ['which items deal with accessibility?', ['70']],
    ['items regarding fellowships?', ['44', '59']],
  ])('a short topic question is answered whatever verb joins its topic: %s', async (q, resolutions) => {
    const answer = await bot.ask(q);
    expect(answer.abstained).toBe(false);
    expect(resolutions).toContain(answer.citations[0]!.resolution);
  });

  it('"across the whole plan" in a list question is its scope, not a topic', async () => {
    const answer = await bot.ask('Which items across the whole plan have no mark in either column?');
    expect(answer.text.split('\n')[0]).toBe('6 action items needing attention (not completed, no periodic goal met):');
  });
});

describe('the role a question names as acting', () => {
  it.each([
    ['Has TSB collected good practices on combating mobile phone theft?', '97-04'],
    ['is the advisory group meant to drive a concerted effort on cloud-based event data? which item', '94-03'],
    ['has the director set up a way for the study groups to work with the Smart Africa office? which item', '86-03'],
  ])('"%s" is answered by the item asking that role to act (%s), not its siblings', async (question, id) => {
    const answer = await bot.ask(question);
    expect(answer.citations[0]!.actionItem).toBe(id);
  });
});

describe('the excerpt carries the sentence that answers', () => {
  it('a period named in an item question', async () => {
    const answer = await bot.ask('Res 44 fellowships: how many were awarded from December 2018 to July 2019?');
    expect(answer.citations[0]!.actionItem).toBe('44-30');
    expect(answer.citations[0]!.excerpt).toContain('191 fellowships were awarded');
    expect(answer.text).toContain('191 fellowships were awarded');
    expect(answer.cards[0]!.latestStatus).toContain('October 2021 to December 2021');
  });

  it('a "where" question on a thing that is no numbered event quotes the sentence saying it took place there', async () => {
    const answer = await bot.ask('where was the ITU-UNESCO Digital Inclusion Week held in 2019?');
    expect(answer.citations[0]!.excerpt).toContain('took place in Baghdad, Iraq, from 22 to 25 September 2019');
  });

  it('a where question is not told to hold the verb it asks with ("held" against "Hosted by…"), typo or not', async () => {
    for (const q of ['Where was Kaleidoscope 2019 held?', 'Where was Kaleidoscpe 2019 held?']) {
      const answer = await bot.ask(q);
      expect(answer.abstained).toBe(false);
      expect(answer.citations[0]!.excerpt).toContain('Hosted by the Georgia Institute of Technology in Atlanta');
    }
  });

  it('a topic word typed with a typo finds its item ("fellowhsips res 44")', async () => {
    const answer = await bot.ask('fellowhsips res 44');
    expect(answer.citations[0]!.actionItem).toBe('44-30');
    expect(answer.question).toBe('fellowhsips res 44');
  });

  it('a "when" question gets the sentence with the date even when it follows the one that matches', async () => {
    const answer = await bot.ask('When did the TSDSI webinar series on Digital Technology Innovations begin?');
    expect(answer.citations[0]!.excerpt).toContain('The inaugural session of the series was held on 2 September 2021.');
    expect(answer.text).toContain('2 September 2021');
  });

  it('a figure the question quotes finds its item and its sentence', async () => {
    const answer = await bot.ask('Which action reports a roadmap listing more than 2600 security standards?');
    expect(answer.citations[0]!.actionItem).toBe('50-20');
    expect(answer.citations[0]!.excerpt).toContain('2600+ existing and ongoing ICT security standards');
  });

  it.each([
    "whos SG17's contact person for the SCV?",
    // a parenthesis glossing the body asks no more of the naming sentence
    "who is SG17's contact person for SCV (the terminology standardization committee)?",
  ])('a contact person asked for ("%s") is answered by the item naming that person', async (q) => {
    const answer = await bot.ask(q);
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.actionItem).toBe('50-05');
    expect(answer.text).toContain('SG17 appointed Mr. Paul Najarian as its contact to SCV.');
  });

  it('an event after which something happened only dates the question: "…after WTSA-16" finds the QSDG item, not the assembly\'s', async () => {
    const answer = await bot.ask('how many face-to-face meetings did the QSDG hold after WTSA-16, and in which cities?');
    expect(answer.citations[0]!.actionItem).toBe('95-04');
    expect(answer.text).toContain('Johannesburg');
  });

  it.each([
    ["who's the TSB director according to the action plan?", 'Mr Chaesub Lee'],
    ['whos the SG11 chairman in the 2021 RO report?', 'Mr. Andrey Kucheryavy'],
  ])('a holder question naming the report to look in ("%s") is still answered', async (q, holder) => {
    const answer = await bot.ask(q);
    expect(answer.abstained).toBe(false);
    expect(answer.text.split('\n').slice(0, 3).join(' ')).toContain(holder);
  });

  it('a liaison asked of one study group is not another\'s ("who is SG17\'s liaison rapporteur to ITU-D?")', async () => {
    const answer = await bot.ask("who is SG17's liaison rapporteur to ITU-D?");
    expect(answer.text).not.toContain('Fidelis Onah');
  });

  it('a "who won" question quotes the sentence naming the winner, with a rare name\'s lead kept', async () => {
    const answer = await bot.ask('which team won the regional round of the Caribbean #HackAgainstHunger?');
    expect(answer.citations[0]!.section).toContain('Collaboration with FAO');
    expect(answer.citations[0]!.excerpt).toContain('Jamaica won the regional event');
  });

  it('the year of the report asked of ("2021 RO report") does not pick the sentences that say it', async () => {
    const answer = await bot.ask('2021 RO report - which countries are the Africa area offices in?');
    expect(answer.citations[0]!.documentTitle).toContain('(2021)');
    expect(answer.citations[0]!.excerpt).toContain('Area Offices in Cameroun, Senegal and Zimbabwe');
  });

  it('a month and year the question names ("Nov 2025") finds the record giving that month of that year', async () => {
    const answer = await bot.ask('which city hosted the Green Digital Action track in Nov 2025?');
    expect(answer.citations[0]!.excerpt).toContain('COP30 in Belém, Brazil, November 2025');
  });

  it('"who did ITU work with…" asks for a partner in an event the reports tell of, not for an action item', async () => {
    const answer = await bot.ask("who did ITU work with on Guyana's e-health framework in 2018?");
    expect(answer.citations[0]!.actionItem).toBeNull();
    expect(answer.citations[0]!.excerpt).toContain('in collaboration with Pan American Health Organization (PAHO)');
  });

  it('a name hardly any record holds ("GovStack", a heading) pins its passage down alone', async () => {
    const answer = await bot.ask('GovStack - which workstream is TSB putting expert input into?');
    expect(answer.citations[0]!.section).toContain('GovStack Initiative');
    expect(answer.citations[0]!.excerpt).toContain('workstream related to the identification and financial services');
  });

  it('an acronym the reports only spell out ("VR/AR") is answered from the best hit that spells it', async () => {
    const answer = await bot.ask('ITU helped Armenia with some VR/AR lab - where is it?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.excerpt).toContain('virtual reality/augmented reality lab in Echmiadzin');
  });

  it('"which country" is answered by the sentence naming one, from the record that names it', async () => {
    const answer = await bot.ask('when AI for Good moved online in 2020, what country joined as a co-convener?');
    expect(answer.citations[0]!.excerpt).toContain('Switzerland joined as a co-convener of the Summit');
  });

  it('naming a Resolution still lets another Resolution\'s item that works on it answer', async () => {
    // 22-13 (TSAG's working methods) carries the Res 1 redraft; Resolution 1's own items do not mention 1bis.10.
    const answer = await bot.ask('Resolution 1: what was TSAG asked to do with paragraph 1bis.10 of Doc116?');
    expect(answer.citations[0]!.actionItem).toBe('22-13');
    expect(answer.citations[0]!.excerpt).toContain('amendments to WTSA Resolution 1');
  });

  it('a name the question quotes in capitals finds the one long passage holding it word for word', async () => {
    // PP Resolution 135's entry runs over many events; its vector and keywords favour Telecom World.
    const answer = await bot.ask('how many people really took part in the Emerging Technology for Connectivity event?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.excerpt).toContain('595 total present participants');
  });

  it('an adverb ("actually") is no subject the headcount\'s sentence must share', async () => {
    const answer = await bot.ask("how many participants actually came to ITU's Emerging Technology for Connectivity 2021?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('595 total present participants');
  });

  it('"the first" of a numbered series finds the record on the first, not the passage on the second', async () => {
    const answer = await bot.ask('when was the first WISE event held?');
    expect(answer.citations[0]!.actionItem).toBe('55-04');
    expect(answer.text).toContain('30 October 2016');
  });

  it('an event named first and asked of as "it" ("WTPF-21 - when was it held?") finds the passage dating it under its heading', async () => {
    // The passage names the forum in full ("The Sixth World Telecommunication Policy Forum"); a
    // shorter one under the same heading speaks of MyWorkspace.
    const answer = await bot.ask('WTPF-21 - when was it held, in person or virtual?');
    expect(answer.citations[0]!.excerpt).toContain('held virtually from 16 to 18 December 2021');
  });

  it.each([
    ['which Mexican official did the Americas regional office meet ahead of WTSA?'],
    // The event only dates the meeting: the passage says "the upcoming WTSA", not "WTSA-20".
    ['which Mexican official did the Americas office meet before WTSA-20?'],
  ])('%s: a country\'s adjective the reports never use ("Mexican") is asked as the country they name', async (q) => {
    const answer = await bot.ask(q);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Carlos Alfonso Morán Miguel');
  });

  it('an event that only dates the question must still be one the reports name', async () => {
    expect((await bot.ask('which Mexican official did the Americas office meet before WTSA-28?')).abstained).toBe(true);
  });

  it('a Recommendation the question names by number finds the item that reports it', async () => {
    const answer = await bot.ask('which action credits the revised P.1301 on telemeeting quality with cutting travel?');
    expect(answer.citations[0]!.actionItem).toBe('73-18');
    expect(answer.citations[0]!.excerpt).toContain('SG12 revised Recommendation ITU-T P.1301');
  });

  it.each([
    ['software-defined networking - which item says SG2 told ETSI and TMF about the new work item?', 'SG2 notified ETSI and TMF'],
    ['was there any SDN information swapped with ETSI ISG NFV and the JCA-IMT2020?', 'SG11 exchanged information with ETSI ISG NFV, SG13 and JCA-IMT2020'],
  ])('"%s": the record holding every rare name the question writes in capitals comes first', async (question, sentence) => {
    // The vectors prefer 77-01 and 77-10, siblings on SDN that name neither pair.
    const answer = await bot.ask(question);
    expect(answer.citations[0]!.actionItem).toBe('77-06');
    expect(answer.citations[0]!.excerpt).toContain(sentence);
  });

  it('an older edition\'s passage on an event only it reports stays before the newer edition\'s far weaker twin section', async () => {
    const answer = await bot.ask("when was the Africa office's workshop with WHO on AI for health and pandemic preparedness?");
    expect(answer.citations[0]!.documentTitle).toContain('(2021)');
    expect(answer.citations[0]!.excerpt).toContain('21-24 June 2021');
  });

  it.each([
    ['how many area offices were there in 2021?', '(2021)', 'eight area offices'],
    ['how many area offices were there in 2025?', '(2025)', 'nine area offices'],
    ['how many area offices does ITU have?', '(2025)', 'nine area offices'],
  ])('%s is answered from the edition of that year (or the newest), not its twin section in the other', async (q, edition, figure) => {
    const answer = await bot.ask(q);
    expect(answer.citations[0]!.documentTitle).toContain(edition);
    expect(answer.text).toContain(figure);
  });

  it('a keyword hit far ahead of the rest keeps its lead: the one table row about IPSAS, with its marks', async () => {
    const answer = await bot.ask('IPSAS compliance');
    expect(answer.text).toContain('IPSAS Compliance (or Annual Audit of accounts is unqualified) | 2014: ✓');
    expect(answer.text).toContain('2018: ✗');
  });

  it.each([["What's the overall status of Resolution 54?"], ['where does Res 54 stand?']])('%s lists all its items with a tally', async (q) => {
    const answer = await bot.ask(q);
    expect(answer.listed).toEqual(['54-01', '54-03', '54-04', '54-05', '54-06', '54-07', '54-08']);
    expect(answer.text.split('\n')[0]).toBe('7 Resolution 54 action items (0 completed, 7 open, 0 needing attention):');
  });

  it('"what remains to be done on Resolution 52?" lists its open items', async () => {
    const answer = await bot.ask('what remains to be done on Resolution 52?');
    expect(answer.listed).toEqual(['52-01', '52-02', '52-03', '52-05', '52-06', '52-07', '52-08', '52-09']);
  });

  it.each([
    ['has the ENUM report been closed?', '49-03'],
    ['is the action on fellowships finished?', '44-30'],
  ])('a yes/no question about one item answers with that item, not a list: %s', async (q, id) => {
    const answer = await bot.ask(q);
    expect(answer.listed).toBeUndefined();
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.actionItem).toBe(id);
  });

  it('a "how many" question leans to the record that counts the thing asked, not one that only names it', async () => {
    const answer = await bot.ask('How many area offices does ITU have?');
    expect(answer.citations[0]!.actionItem).toBeNull();
    expect(answer.citations[0]!.excerpt).toContain('as well as nine area offices');
  });

  it('a "which country hosted" question leans to the report passage that names the place', async () => {
    const answer = await bot.ask('which country hosted the Digital Consumer Forum for Africa 2019?');
    expect(answer.citations[0]!.actionItem).toBeNull();
    expect(answer.citations[0]!.excerpt).toContain('was held in Eswatini');
  });

  it('a question asking which document gets the item that cites one, with the symbol in the excerpt', async () => {
    const answer = await bot.ask('in which council doc is the report on internationalized domain names?');
    expect(answer.citations[0]!.actionItem).toBe('48-02');
    expect(answer.citations[0]!.excerpt).toBe('See C17/33, and C18/33.');
  });

  it.each([
    ['How many countries have joined ITU CyberDrills so far?', '120 countries'],
    // the days of a date ("from 6 to 16 June 2022") are no count
    ['How many people took part in WTDC-22 in Kigali?', 'WTDC-22 was attended by 2 152 participants'],
    ['In which US city did the 2nd ITU-Academia Partnership meeting take place?', 'Atlanta'],
    // "2nd" meets "second"; an edition numbered near the event's name
    ['where was the 2nd FIGI symposium held?', 'second edition of FIGI Symposium, in Cairo, Egypt'],
    ['when was the 16th WTIS held?', 'The 16th edition of the World Telecommunication/ICT Indicators Symposium (WTIS) was held in December 2018'],
    ['when did the 20th WSC meeting happen?', 'The 20th meeting of the IEC/ISO/ITU World Standards Cooperation took place on 26 February 2021'],
    ['How often did the Americas regional office talk with the TSB Director, according to the 2025 report?', 'Periodically coordination calls'],
    // the document named by its title and year: its words are not search words, its year is covered
    ['How many area offices are listed in the 2021 regional offices report?', 'as well as eight area offices'],
    ['Per the 2025 regional offices report, how many area offices are there?', 'as well as nine area offices'],
  ])('%s', async (q, figure) => {
    const answer = await bot.ask(q);
    expect(answer.abstained).toBe(false);
    expect(answer.citations.slice(0, 3).some((c) => c.excerpt.includes(figure))).toBe(true);
  });
});

describe('items and Resolutions gone from the plan', () => {
  it.each([
    ['status of 44-04', '· 44-04, 44-06, 44-08, 44-09, 44-10, 44-16, 44-17, 44-18, 44-22 (but provision still exists in Resolution);'],
    ['what happened to 81-02?', '· 81-01, 81-02, 81-03 (Resolution 81 was suppressed);'],
  ])('%s: not an item of the current plan, and what its appendix says of it', async (q, line) => {
    const answer = await bot.ask(q);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/^\d{2}-\d{2} is not an action item of the current action plan\. The reports mention it:/);
    expect(answer.text).toContain('which are obsolete or were considered completed at WTSA-16');
    expect(answer.text).toContain(line);
    expect(answer.citations[0]!.section).toBe('Appendix – Obsolete action items from WTSA-12 Action Plan');
  });

  it.each([
    ['is 4430 completed?', 'No: 44-30 is not completed.'],
    ['has 2212 been completed?', 'Yes: 22-12 is completed.'],
  ])('%s: an item typed run together is looked up', async (q, verdict) => {
    expect((await bot.ask(q)).text.split('\n')[0]).toBe(verdict);
  });

  it.each([
    ['status of items 4430, 4431', ['44-30', '44-31']],
    ['44/30 to 32', ['44-30', '44-31', '44-32']],
    ['status of 1-2', ['01-02']],
    ['4431 pls', ['44-31']],
    ['whats the status of item 44 30', ['44-30']],
  ])(
    '%s: every item of a loosely typed list or range (or one typed with one digit, a space or a dot) is answered',
    async (q, ids) => {
      const answer = await bot.ask(q);
      expect(answer.citations.map((c) => c.actionItem)).toEqual(ids);
    },
  );

  it.each([['list the obsolete WTSA-12 action items'], ['which action items are obsolete?']])(
    '%s: the appendix answers, though it says its items are "no longer listed"',
    async (q) => {
      const answer = await bot.ask(q);
      expect(answer.abstained).toBe(false);
      expect(answer.citations[0]!.section).toBe('Appendix – Obsolete action items from WTSA-12 Action Plan');
      // The list is quoted whole, not its best sentences.
      expect(answer.text).toContain('· 44-04, 44-06, 44-08, 44-09, 44-10, 44-16, 44-17, 44-18, 44-22');
      expect(answer.text).toContain('· OP-01-02.');
    },
  );

  it.each([['12/05?'], ['how many used the 1/16 unit fee?']])('%s: a loosely typed number the plan has no item for is no item', async (q) => {
    expect((await bot.ask(q)).text).not.toMatch(/\d{2}-\d{2} is not in the reports/);
  });

  it('an item no text names is still just not in the reports', async () => {
    const answer = await bot.ask('status of 50-25');
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/^50-25 is not in the reports\./);
  });

  it.each([
    ['what are the action items of Resolution 81?', '· 81-01, 81-02, 81-03 (Resolution 81 was suppressed);'],
    ['Resolution 33 - anything completed?', '· 33-02, 33-03, 33-04; (Resolution 33 suppressed)'],
    // Nothing asked but the Resolution, or what became of it: the appendix says so, whatever the case.
    ['what about Resolution 33?', '· 33-02, 33-03, 33-04; (Resolution 33 suppressed)'],
    ['what about resolution 33?', '· 33-02, 33-03, 33-04; (Resolution 33 suppressed)'],
    ['what happened to resolution 82?', '· 82-01, 82-02, 82-03 (Resolution 82 was suppressed);'],
  ])('%s: a Resolution the plan no longer implements has no items, and its appendix says why', async (q, line) => {
    const answer = await bot.ask(q);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/^Resolution \d+ has no action items in the current action plan\. The reports mention it:/);
    expect(answer.text).toContain(line);
  });

});

describe('abstention on names the reports never mention', () => {
  it.each([
    ['What did WTSA-32 conclude on study group structure?'],
    ['When does 3GPP Release 21 freeze?'],
    ['Which Resolution 57 items are open?'],
    ['what is the status of action 50-27?'],
    ['What did the Arab regional office do with TSB in 2024?'],
    ['Can you write me a limerick about Tuesdays?'],
    ['Has TSB signed anything with the Mozilla Foundation?'],
    ['Is TSB tracking Wi-Fi 7 certification?'],
    ['What did the GSMA Board decide on roaming in 2021?'],
    ['Resolution 63 - which of its items are done?'],
    ["What is ITU's position on Starlink?"],
    ['What is ITU-T Recommendation Y.9999 about?'],
    ['What did WRC-23 decide on the 6 GHz band?'],
    ['what did the UN General Assembly adopt at the WSIS+20 review?'],
    ['what did WRC-23 end up deciding on new IMT identifications?'],
    ['which of the 3GPP SA5 study items are still open?'],
    ['is TSB planning to open a new regional office in Oceania?'],
    ['Draft a 200-word press release about the regional offices'],
    ['Which study group drafts the 6G architecture Recommendations?'],
    // the reports name the co-funder, never the sum
    ['How much money did Rostelecom invest in the second phase of the CIS testing centre?'],
    // the BaAP report covers 2018–2020: other reports' 2022 passages are no answer from it
    ['per the BaAP report, what did the Europe region do in 2022?'],
    // announced before it took place: no attendance
    ['how many people attended the Future of TV workshop for Europe in November 2021?'],
    // the meetings are named without a headcount; "49 delegates" of a training in the same passage are another event's
    ['how many delegates came to the SG3RG-LAC meeting in Montevideo?'],
    // the reports speak of Accessible Europe's 2018, 2019, 2021 and 2025 editions; "the 2020 edition" is 5G Techritory's
    ['the 2020 edition of Accessible Europe - where was it held?'],
    ['can u translate my out-of-office reply into german pls'],
    // the reports give WRC-27's agenda, never its venue or dates
    ['when and where will WRC-27 take place?'],
    // 01-07 cites a report "up to WTSA-24" by its title; nothing says what happened there
    ['what happened at WTSA-24'],
    // offices are named, their holders are not
    ['who is the current chairman of SG13?'],
    // a JCA's chairman is named beside TSAG; SG17's chair is not named
    ['Who chairs SG17?'],
    ['who presided over WTSA-20?'],
    // the reports name IEEE 802, CEPT and ETSI as partners, never their voting rules or fees
    ['What does it cost to join ETSI as a full member?'],
    ['What approval threshold does IEEE 802 require for a draft standard to pass sponsor ballot?'],
    ['what is the quorum for CEPT to adopt a European Common Proposal?'],
    // …nor how to join them
    ['how does a company join 3GPP as an individual member?'],
    // an aside in brackets describes the subject: WTSA-20's headcount is not the APT meeting's
    ['how many participants did the APT WTSA20-e meeting (an APT preparatory meeting for WTSA-20) have?'],
    // the reports name the 2022 chair only, and no director of the CIS office (its text names SG11's chairman)
    ['Who chaired the WSIS Forum 2019?'],
    ['who is the director of the ITU Regional Office for the CIS region?'],
    // 2023 comes up only as the end of a plan's period, "the ITU Strategic plan 2020-2023"
    ["What was ITU's carbon footprint in 2023?"],
    // the only 2023 in the best hits is a postponed meeting, not an approval
    ['how many Recommendations did SG17 approve in 2023?'],
    ['any good restaurants near the CICG for a delegation dinner?'],
    // the plan says the AAP texts are translated within the budget, never at what price
    ['what does the bureau pay translators per page for AAP texts?'],
    // a year given as a numbered Resolution's must be that Resolution's: the plan cites Resolution 146 of 2014, and Resolution 87 of 2016
    ['what does Resolution 146 of 2016 ask of TSB?'],
    // the Europe office helped shortlist the winners; no report names them
    ['who were the winners of the Accessible Europe digital solutions competition in 2021?'],
    // the reports speak of the second edition (Cairo), and of the 7th to 10th Green Standards Weeks
    ['When is the 5th FIGI Symposium?'],
    ['When is the 12th Green Standards Week?'],
    // a place the reports never name, accents and all
    ['What did the Europe office organise in Zürich?'],
    // the reports speak of ATU-1 to ATU-4 only
    ['Which proposals did the ATU-7 preparatory meeting adopt?'],
  ])('%s', async (q) => {
    expect((await bot.ask(q)).abstained).toBe(true);
  });

  it('what a conference decided is answered from the sentence saying so ("adopted by WTDC-22", "WTSA-20 revised…")', async () => {
    expect((await bot.ask('What did WTSA-20 adopt?')).text).toContain('WTSA-20 revised 36 Resolutions, adopted two new Resolutions');
    expect((await bot.ask('What did WTDC-22 adopt?')).abstained).toBe(false);
  });

  it('a year given as a Resolution\'s is met by the plan citing that Resolution with its year ("Resolution 195 (Busan, 2014)")', async () => {
    const answer = await bot.ask('which item is about continuing support for the Smart Africa pledge under the 2014 plenipotentiary resolution?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.actionItem).toBe('86-04');
  });

  it('a question on a sum of money is answered with the passage that states it', async () => {
    const answer = await bot.ask('how much funding was raised for Be Healthy Be Mobile?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.excerpt).toContain('USD 1.8 million raised from three new partners');
  });

  it.each([['When did WTDC-22 take place?'], ['What are the dates of WTDC-22?']])(
    'the date of a named event comes from the sentence that says it took place, not another event on its programme: %s',
    async (q) => {
      const answer = await bot.ask(q);
      expect(answer.text.split('\n')[0]).toContain('was organized successfully in Kigali, Rwanda, from 6 to 16 June 2022');
    },
  );

  it('asked whether an item is done, the Resolution\'s own text, which has no marks, does not come first', async () => {
    const answer = await bot.ask('the joint working group with the Universal Postal Union on digital finance - is that item marked completed?');
    expect(answer.citations[0]!.actionItem).toBe('11-02');
    expect(answer.text).toContain('Completed: yes');
  });

  it('asked whether the item citing another body\'s Resolution is done, the item answers, not "Resolution 196 is not in the reports"', async () => {
    const answer = await bot.ask('has helping the BDT Director implement Resolution 196 been completed?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.actionItem).toBe('84-03');
    expect((await bot.ask('is Resolution 196 done?')).abstained).toBe(true);
  });

  it('a stop word written in capitals is the name the reports write so: "GET 2019" is the emergency telecommunications forum', async () => {
    const answer = await bot.ask('GET 2019 - where did it take place, and when?');
    expect(answer.citations[0]!.excerpt).toContain('(GET 2019), which took place in March 2019 in Balaclava, Mauritius');
  });

  it('"where and when" of a named event leans to the sentence giving both', async () => {
    const answer = await bot.ask('Where and when was WTDC-22 held?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.excerpt).toContain('in Kigali, Rwanda, from 6 to 16 June 2022');
  });

  it.each([['where did the 2018 cyberdrill for the CIS region take place?'], ['in 2018 where was the CIS region cyberdrill?']])(
    '%s: a record holding both subject words outranks the CIS office news that holds one',
    async (q) => {
      const answer = await bot.ask(q);
      expect(answer.text.split('\n')[0]).toMatch(/cyberdrill/i);
    },
  );

  it.each([
    ['how many attended GSR-21', 'Core sessions attracted 637 participants'],
    ['turnout at WTDC-22', 'WTDC-22 was attended by 2 152 participants'],
  ])('"%s" is answered with the sentence counting people', async (q, sentence) => {
    expect((await bot.ask(q)).text.split('\n')[0]).toContain(sentence);
  });

  it('a count asked of one event comes from the sentence counting that event, not its neighbour under a shared heading', async () => {
    // The WRC-19 passage, filed under "WRC-19 and RA-19", counts WRC-19's 3 420 participants.
    const answer = await bot.ask('how many participants did RA-19 draw?');
    expect(answer.text.split('\n')[0]).toContain('(RA-19), Sharm el-Sheikh, Egypt, from 21 to 25 October 2019 drew 521 participants');
  });

  it.each([
    ['what happened in budapest', 'Budapest'],
    ['santa fe', 'Santa Fe'],
    ['minsk', 'Minsk'],
  ])('"%s": a name typed in lower case is told a name by the reports\' own spelling, and answered', async (q, name) => {
    const answer = await bot.ask(q);
    expect(answer.abstained).toBe(false);
    expect(answer.text.split('\n')[0]).toContain(name);
  });

  it('"capital of australia": a word the reports use, but not as a name, is no answer', async () => {
    expect((await bot.ask('capital of australia')).abstained).toBe(true);
  });

  it('a short question of nothing but a place the reports rarely name is answered by the record naming it', async () => {
    const kigali = await bot.ask('what happened in Kigali?');
    expect(kigali.abstained).toBe(false);
    // WTDC-22's passages: where it took place and what it adopted there (the two score within a hair).
    expect(kigali.text.split('\n')[0]).toContain('Kigali');
    expect(kigali.citations.slice(0, 2).some((c) => c.excerpt.includes('was organized successfully in Kigali, Rwanda, from 6 to 16 June 2022'))).toBe(true);
    const ndjamena = await bot.ask("what happened in N'Djamena?");
    expect(ndjamena.abstained).toBe(false);
    // The item's sentence naming the place, not only its latest status.
    expect(ndjamena.text).toMatch(/From the status: [^\n]*N[’']Djamena/);
  });

  it('a competition whose winner the reports name is answered', async () => {
    const answer = await bot.ask('which country won the regional hackathon in the Caribbean?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations.slice(0, 3).some((c) => c.excerpt.includes('Jamaica won the regional event'))).toBe(true);
  });

  it('a practical word the reports do use is answered ("Wi-Fi devices in trains and cars")', async () => {
    const answer = await bot.ask('Does WRC-19 allow wifi in cars?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations.slice(0, 3).some((c) => c.excerpt.includes('Wi-Fi devices in trains and cars'))).toBe(true);
  });

  it('a region described by compass words is no unknown name ("West African")', async () => {
    const answer = await bot.ask('Which West African country hosted the quality of service training workshop with GSMA in September 2025?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations.slice(0, 3).some((c) => c.excerpt.includes('delivered a training workshop in Benin'))).toBe(true);
  });

  it.each([
    ['What is REG4COVID?', '#REG4COVID – Global Network Resiliency Platform'],
    ['is any group researching lightweight virtualisation (the Kubernetes kind) for networks?', ''],
    ['Quelle a été la participation à la CMDT-22 (WTDC-22) ?', 'WTDC-22'],
  ])('answers %s: a name the reports use, an aside, the French name of an event', async (q, excerpt) => {
    const answer = await bot.ask(q);
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.excerpt).toContain(excerpt);
  });

  it('a title before a name does not end the sentence quoted ("Mr. Carlos Alfonso Morán Miguel")', async () => {
    const answer = await bot.ask('Who did the Americas office meet in Mexico in June 2021?');
    expect(answer.citations[0]!.excerpt).toContain('Mr. Carlos Alfonso Morán Miguel, Vice Secretary of Communications and Transport of Mexico');
  });

  it('a list question on another body\'s resolution finds its prose, not every completed item of the plan', async () => {
    const answer = await bot.ask('Plenipotentiary Resolution 25: which items are completed?');
    expect(answer.listed).toBeUndefined();
    expect(answer.citations[0]!.actionItem).toBeNull();
  });

  it('a Plenipotentiary Resolution is found in the prose that discusses it, not taken for a WTSA one', async () => {
    const answer = await bot.ask('What do the regional offices say about Plenipotentiary Resolution 25?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.documentTitle).toMatch(/Regional Offices/);
  });

  it.each([
    ['In which city was the in-person DFS security clinic for ARTAC held, and when?', 'in-person DFS Security Clinic for African Telecommunications Regulators Assembly (ARTAC)'],
    ['when did the TSDSI webinar series on digital technology innovations kick off?', 'Telecommunications Standards Development Society, India (TSDSI) a series of webinars'],
  ])('a fact question is answered from a record on its subject: "%s"', async (question, subject) => {
    // Both asked words ("DFS", "TSDSI") are rarer than the section words other passages share.
    const answer = await bot.ask(question);
    expect(answer.citations[0]!.excerpt).toContain(subject);
  });

  it('a headcount asked of a subject described in brackets is answered when the bracket adds nothing the reports lack', async () => {
    const answer = await bot.ask('how many delegates attended WTSA-20 (the standardization assembly held in Geneva)?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.excerpt).toContain('Participation in WTSA-20 totaled 1,281 delegates');
  });

  it.each([
    ['What has ITU done under Plenipotentiary Resolution 188?', '188 (Rev. Dubai, 2018) Combating counterfeit'],
    ['what about PP-18 Resolution 204 on financial inclusion?', '204 (Rev. Dubai, 2018) Use of information and communication technologies'],
    ['PP Resolution 213 fellowships: how many were awarded?', '213 (Dubai, 2018) Measures to improve, promote and strengthen ITU fellowships'],
    ['status of Plenipotentiary Resolution 198?', '198 (Rev. Dubai, 2018) Empowerment of youth'],
    ['what did ITU do on Resolution 204 of PP-18?', '204 (Rev. Dubai, 2018) Use of information and communication technologies'],
  ])('"%s" is answered from the report\'s entry for that Plenipotentiary Resolution', async (question, entry) => {
    const answer = await bot.ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.section).toContain(`Annex 1 Implementation of Resolutions of the Plenipotentiary Conference › ${entry}`);
  });

  it.each([
    ['Status of Resolution 99', 'Resolution 99, Consideration of organizational reform'],
    ['what does WTSA Resolution 100 ask of TSB?', 'Resolution 100, A common emergency number for Africa'],
  ])('a bare "%s" beyond the plan is the assembly\'s, told of among WTSA-20\'s new Resolutions', async (question, excerpt) => {
    // The report's annex also covers Plenipotentiary Resolution 99 (Status of Palestine in ITU).
    const answer = await bot.ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.section).toBe('World Conferences › WTSA-20 › New WTSA-20 Resolutions');
    expect(answer.citations[0]!.excerpt).toContain(excerpt);
  });

  it('a bare Resolution number the assembly never had is found as the body\'s the reports give it to', async () => {
    const answer = await bot.ask('Resolution 188 - what has ITU done?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.section).toContain('Annex 1 Implementation of Resolutions of the Plenipotentiary Conference › 188 (Rev. Dubai, 2018)');
  });

  it('an action naming another body\'s Resolution by its venue only ("Resolution 146 (Rev. Busan, 2014)") is found as that body\'s', async () => {
    // Busan 2014 is the Plenipotentiary Conference's because other mentions of that venue say so.
    const answer = await bot.ask('which Res 87 item has the TSB Director implementing PP Res 146?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.actionItem).toBe('87-01');
  });

  it('a record naming the other body\'s Resolution asked ranks before one sharing only the words "Plenipotentiary Resolution"', async () => {
    const answer = await bot.ask('what does the plan say about Plenipotentiary Resolution 130?');
    expect(answer.citations.slice(0, 2).map((c) => c.section)).toContain('Resolution 50 – Cybersecurity');
  });

  it.each([
    ['Resolution 44 of the Plenipotentiary Conference - what has been done?', 'Plenipotentiary Resolution 44 is not in the reports.'],
    ['WTSA-16 Resolution 188 status', 'WTSA Resolution 188 is not in the reports.'],
  ])('"%s": the plan\'s own "Resolution N" is no other body\'s, nor another body\'s the assembly\'s', async (question, text) => {
    const answer = await bot.ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain(text);
  });

  it('a signature answers who held the office: its name and office are one sentence, under no heading', async () => {
    const answer = await bot.ask('who was the ITU Secretary-General?');
    expect(answer.citations[0]!.excerpt).toContain('Houlin Zhao, Secretary-General, International Telecommunication Union');
    expect(answer.text).not.toContain('› )');
  });

  it.each([
    ['WTSA-16 Resolution 44', 44, 25],
    ['Resolution 76 (Rev. Hammamet, 2016)', 76, 18],
    ['Что сделано по Резолюции 44?', 44, 25],
    ['Estado de la Res. 90 de la AMNT-16', 90, 7],
  ])('"%s": the assembly and edition that qualify a Resolution are no topic; all its items are listed', async (question, resolution, count) => {
    const answer = await bot.ask(question);
    expect(answer.listed).toHaveLength(count);
    expect(answer.listed!.every((id) => id.startsWith(`${resolution}-`) || id.includes(` ${resolution}-`))).toBe(true);
  });

  it.each([['PP Res 188'], ['第188号决议']])('"%s", a Resolution named alone, is answered from its entry', async (question) => {
    const answer = await bot.ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.section).toContain('Annex 1 Implementation of Resolutions of the Plenipotentiary Conference › 188 (Rev. Dubai, 2018)');
  });

  it.each([
    ['the last item of Res 44', '44-35'],
    ['Res 73 last action item - done?', '73-21'],
  ])('"%s" is the Resolution\'s highest-numbered item', async (question, id) => {
    const answer = await bot.ask(question);
    expect(answer.cards.map((c) => c.id)).toEqual([id]);
  });

  it('a conference typed loosely ("wtdc 22") is the one the reports name', async () => {
    const answer = await bot.ask('whr and when was wtdc 22');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.excerpt).toContain('in Kigali, Rwanda, from 6 to 16 June 2022');
  });

  it('UN agencies by their French or Spanish acronyms ("l\'OMC, l\'OMPI") reach the English names', async () => {
    const answer = await bot.ask("Résolution 96 : quelle action parle de coopérer avec l'OMC, l'OMPI, l'OMS et l'OMD contre les dispositifs contrefaits ?");
    expect(answer.citations[0]!.actionItem).toBe('96-05');
  });

  it('a new phrase of words the reports use is still answered', async () => {
    const answer = await bot.ask('Was the Radiocommunication Bureau Director told about Resolution 67 on languages?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.resolution).toBe('67');
  });

  it('nearest items on an abstention are distinct', async () => {
    const answer = await bot.ask('What did the Africa regional office do with TSB in 2024?');
    expect(new Set(answer.nearest.map((n) => n.label)).size).toBe(answer.nearest.length);
  });

  it("a nearby passage's question is its own heading, which finds it again", async () => {
    const answer = await bot.ask('did TSB put any of its own staff in the Arab regional office in 2030?');
    const passages = answer.nearest.filter((n) => n.actionItem === null);
    expect(passages.length).toBeGreaterThan(0);
    for (const item of passages) {
      expect(item.label.endsWith(item.question.slice(-20)) || item.label.includes('…')).toBe(true);
      const again = await bot.ask(item.question);
      expect(again.citations[0]!.section.endsWith(item.question)).toBe(true);
    }
  });
});

describe('names, study groups and counts as delegates type them', () => {
  it('a study group named by its subject lists the same items as by its number', async () => {
    const bySubject = await bot.ask('which items involve the security study group?');
    const byNumber = await bot.ask('which items involve SG17?');
    expect(bySubject.listed?.length).toBeGreaterThan(10);
    expect(bySubject.listed).toEqual(byNumber.listed);
  });

  it.each([['which action items are assigned to SG17?'], ['which items are given to the security study group?'], ['action items for the security SG']])(
    'a study group list read through "assigned to", "given to", "for": %s',
    async (q) => {
      expect((await bot.ask(q)).listed).toEqual((await bot.ask('which items involve SG17?')).listed);
    },
  );

  it.each([
    ['Where was ATU-1 held?', 'ATU-1, 4 - 7 March 2019, Rabat, Morocco'],
    ['When was ATU-2 held?', 'ATU-2, 7 - 11 October 2019, Entebbe, Uganda'],
  ])('a meeting listed with its date and place after its name is answered: %s', async (q, line) => {
    const answer = await bot.ask(q);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(line);
  });

  it("one edition of a series is answered from the sentence on it, not from another edition's passages", async () => {
    const answer = await bot.ask('Where and when was WTDC-17 held?');
    expect(answer.text).toContain('(WTDC-17) convened in Buenos Aires, Argentina, from 9 to 20 October 2017');
  });

  it('a name typed with a hyphen meets the reports\' run-together form ("YILF-2018", "YILF2018")', async () => {
    const answer = await bot.ask('what was YILF-2018?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('YILF2018 and YILF2019 offered a space where youth change-makers');
  });

  it('a place typed with its accent meets the reports\' plain spelling ("Málaga", "Malaga")', async () => {
    const answer = await bot.ask('what did the U4SSC do in Málaga?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.actionItem).toBe('98-07');
  });

  it.each([
    ['who chaired the JCA-DCC?', '(ITU-T JCA-DCC) under the auspices of TSAG chaired by Mr Heung-Youl Youm'],
    // named in a sentence on gender equality, which no search on "TSB Director" ranks high
    ['Who is the TSB Director?', 'The Director of TSB, Mr Chaesub Lee'],
    ['Who chairs SG11?', 'ITU-T SG11 Chairman Mr. Andrey Kucheryavy'],
    ['Who are the vice-chairmen of TSAG?', 'Mr Vladimir Minkin and Mr Matano Ndaro (Vice-Chairmen of TSAG)'],
    // in another language, through the bridge's English frame
    ['¿Quién preside la Comisión de Estudio 11?', 'ITU-T SG11 Chairman Mr. Andrey Kucheryavy'],
    ['Qui est le directeur du TSB ?', 'The Director of TSB, Mr Chaesub Lee'],
  ])('a holder is quoted from the sentence that names the office and its body: %s', async (q, sentence) => {
    const answer = await bot.ask(q);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(sentence);
  });

  it("a study group's items on a topic described in other words are ranked, not listed as none", async () => {
    const answer = await bot.ask('which SG17 items deal with stopping unwanted bulk e-mail?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.actionItem).toBe('52-04');
  });

  it.each([
    // ITU's own processes and fees, spelt out by the reports as such
    ['Which approval rules does SG3 use, TAP or AAP?', 'TAP'],
    ['How much is the academia membership fee in CHF?', "3'975 CHF"],
  ])("a question on ITU's own rules is answered: %s", async (q, fact) => {
    const answer = await bot.ask(q);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(fact);
  });

  it('a holder the reports never name, asked in Russian, is not answered', async () => {
    expect((await bot.ask('Кто председатель 17-й исследовательской комиссии?')).abstained).toBe(true);
  });

  it('"who heads the work on…" asks for a body, not a person, and is answered', async () => {
    expect((await bot.ask('Who heads the study group work on QoS?')).abstained).toBe(false);
  });

  it('a study group typed with a hyphen is no unknown event', async () => {
    const answer = await bot.ask('what is SG-17 doing on cybersecurity?');
    expect(answer.abstained).toBe(false);
  });

  it('"how many start-ups" is answered from the passage that counts them, not the one that names the competition', async () => {
    const answer = await bot.ask('How many start-ups were involved in the Accessible Europe digital solutions competition?');
    expect(answer.text.split('\n')[0]).toContain('involved over 80 start-ups');
  });

  it("a count is taken from the record on the question's subject, not another event's headcount", async () => {
    const answer = await bot.ask('How many participants attended the 2019 FIGI Symposium in Cairo?');
    expect(answer.citations[0]!.excerpt).toContain('(FIGI) Symposium, Cairo, Egypt');
    expect(answer.text).not.toContain('Over 4 000 participants from 135 countries');
  });

  it.each([
    ['How many field offices does ITU have?'],
    ["Combien de bureaux extérieurs l'UIT a-t-elle ?"],
    ['¿Cuántas oficinas sobre el terreno tiene la UIT?'],
    ['كم عدد المكاتب الميدانية للاتحاد؟'],
  ])('%s quotes the count of field offices', async (q) => {
    expect((await bot.ask(q)).citations[0]!.excerpt).toContain('thirteen field offices');
  });

  it.each([['How many regional offices does ITU have?'], ["Combien de bureaux régionaux l'UIT compte-t-elle ?"], ['¿Cuántas oficinas regionales tiene la UIT?']])(
    '%s quotes the count of the thing asked ("five regional offices"), not of another ("six BDT regions")',
    async (q) => {
      const answer = await bot.ask(q);
      expect(answer.citations[0]!.excerpt).toContain('five regional offices');
      expect(answer.text).not.toContain('six BDT regions');
    },
  );

  it.each([
    ['Combien de participants ont assisté à la CMDT-22 ?', 'WTDC-22 was attended by 2 152 participants'],
    ['¿Cuántos delegados asistieron a la AMNT-20?', 'Participation in WTSA-20 totaled 1,281 delegates'],
  ])('%s: a headcount asked in another language quotes the headcount', async (q, sentence) => {
    expect((await bot.ask(q)).citations[0]!.excerpt).toContain(sentence);
  });

  it('"how many Member States" is answered by a count of them, not by a year before them ("since 2009 by which Member States")', async () => {
    const answer = await bot.ask('How many Member States does ITU have?');
    expect(answer.citations[0]!.excerpt).toContain('together with 193 Member States');
  });

  it.each([
    ['What is Working Party 1/5 working on?', 'Working Party 1/5'],
    ['Working Party 1/5', 'Working Party 1/5'],
    ["what's going on with Question 6/2?", 'Question 6/2'],
    ['what is Q6/2 studying?', 'Question 6/2'],
    ['Question 2/2', 'Question 2/2'],
  ])('%s: the records naming that Question or working party answer', async (q, name) => {
    const answer = await bot.ask(q);
    expect(answer.abstained).toBe(false);
    expect(answer.text.split('\n').find((line) => line.includes(name))).toBeDefined();
  });

  it.each([['WP 3/13'], ['Working Party 4/15'], ['Question 9/17']])('%s: a Question or working party the reports never name is not in them', async (q) => {
    expect((await bot.ask(q)).abstained).toBe(true);
  });

  it('a text with no action items of its own is answered from its text, under its own name', async () => {
    const answer = await bot.ask('what is Opinion 1');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/^Opinion 1 — Practical application of network externality premium\nis of the opinion that considering the progress/);
  });

  it.each([
    ['How many area offices are there in the 2021 report?', 'as well as eight area offices'],
    ['how many area offices according to the 2021 report?', 'as well as eight area offices'],
    ['according to the 2021 report how many field offices', 'thirteen field offices'],
  ])('%s: the year names an edition, not a topic; that edition\'s count is quoted', async (q, count) => {
    expect((await bot.ask(q)).citations[0]!.excerpt).toContain(count);
  });

  it('a passage saying the year of the edition named is no likelier the answer ("what did the 2021 report say about GovStack")', async () => {
    expect((await bot.ask('what did the 2021 report say about GovStack')).citations[0]!.section).toBe('Europe - ITU Office for Europe › GovStack Initiative');
  });

  it('a question of two forms ("where … and how many") gets a sentence for each', async () => {
    const answer = await bot.ask('Where was WTDC-22 held and how many attended?');
    expect(answer.citations[0]!.excerpt).toContain('was organized successfully in Kigali, Rwanda');
    expect(answer.citations[0]!.excerpt).toContain('WTDC-22 was attended by 2 152 participants');
  });

  it('"how many people…, and from how many countries" leans to a headcount, not to a count of countries', async () => {
    const answer = await bot.ask('How many people were trained in Kuala Lumpur on AI, and from how many countries?');
    expect(answer.citations[0]!.excerpt).toContain('73 participants were trained from 9 member states');
  });
});

describe('non-English questions without a chat model', () => {
  it('answers from the English reports and says so in the question\'s language', async () => {
    const answer = await bot.ask("Quelle action concerne l'interprétation dans les réunions des commissions d'études ?");
    expect(answer.abstained).toBe(false);
    expect(answer.text.split('\n')[0]).toBe('Réponse extraite des rapports, en anglais (aucune traduction disponible) :');
    expect(answer.citations.map((c) => c.actionItem)).toContain('44-31');
  });

  it.each([
    ['Quand se tiendra la CMDT-30 ?', true],
    ['Où et quand se tiendra la AMNT-28 ?', true],
    ['¿Dónde se celebró la CMDT-17?', false],
  ])('an event named in its own language is looked up as the bridge writes it in English: "%s" abstains: %s', async (question, abstains) => {
    const answer = await bot.ask(question);
    expect(answer.abstained).toBe(abstains);
  });

  it('an abstention in another language says so in that language, not that an extract follows', async () => {
    const answer = await bot.ask("Que dit la Résolution 57 de l'AMNT ?");
    expect(answer.abstained).toBe(true);
    expect(answer.text.split('\n')[0]).toBe('Les rapports ne répondent pas à cette question (suite en anglais, aucune traduction disponible) :');
  });

  it.each([["Où et quand s'est tenue la CMDT-22 ?"], ['¿Dónde y cuándo se celebró la CMDT-22?'], ['Где и когда проходила ВКРЭ-22?']])(
    'a where-and-when question in another language gets the sentence with both: %s',
    async (q) => {
      const answer = await bot.ask(q);
      expect(answer.text).toContain('was organized successfully in Kigali, Rwanda, from 6 to 16 June 2022');
    },
  );

  it("names in the question's own language (OMS for WHO, Estados Miembros) are not taken for names the reports lack", async () => {
    const answer = await bot.ask('¿Qué comisión de estudio se coordina con la OMS sobre los campos electromagnéticos para los Estados Miembros?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations.slice(0, 3).map((c) => c.actionItem)).toContain('72-02');
  });

  it.each([['Que fait la CE 17 contre le spam ?'], ['Что делает ИК 17 по борьбе со спамом?']])(
    'a study group in the question\'s language ("CE 17", "ИК 17") is not a name the reports lack: %s',
    async (q) => {
      const answer = await bot.ask(q);
      expect(answer.abstained).toBe(false);
      expect(answer.citations[0]!.actionItem).toMatch(/^52-/);
    },
  );

  it('text the bridge knows nothing of (traditional Chinese, Japanese) abstains instead of failing', async () => {
    for (const q of ['進展如何？', '状況', '決議']) {
      const answer = await bot.ask(q);
      expect(answer.abstained).toBe(true);
      expect(answer.text).toContain('The reports do not answer this question.');
    }
  });

  it('a French list asking for the « Ongoing » milestone gets exactly those items', async () => {
    const answer = await bot.ask('Résolution 94 : quels points ont « Ongoing » comme échéance ?');
    expect(answer.listed).toEqual(['94-01', '94-02', '94-04', '94-05']);
  });
});

async function scoreSet(file: string): Promise<ReturnType<typeof summarize>> {
  const cases = readFileSync(join(REPO_ROOT, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EvalCase);
  const scores = [];
  for (const testCase of cases) scores.push(scoreCase(testCase, await bot.ask(testCase.q)));
  return summarize(scores);
}

describe('quality gate on the fresh-question samples (test/fixtures/eval)', () => {
  it('probe3: lists in six languages, typed references and abstentions stay exact', async () => {
    const summary = await scoreSet('test/fixtures/eval/probe3.jsonl');
    expect(summary.retrieval.hitAt1).toBeGreaterThanOrEqual(0.9);
    expect(summary.lists.exact).toBeGreaterThanOrEqual(17);
    expect(summary.abstentions.correct).toBeGreaterThanOrEqual(9);
    expect(summary.retrieval.abstained).toBe(0);
  });

  it('probe4: lists naming their Resolution by title, study groups in other languages, nothing answerable abstains', async () => {
    const summary = await scoreSet('test/fixtures/eval/probe4.jsonl');
    expect(summary.retrieval.hitAt3).toBeGreaterThanOrEqual(0.9);
    expect(summary.lists.exact).toBeGreaterThanOrEqual(11);
    expect(summary.abstentions.correct).toBeGreaterThanOrEqual(9);
    expect(summary.foreign.hitAt3).toBeGreaterThanOrEqual(13 / 14);
    expect(summary.retrieval.abstained).toBe(0);
  });

  it('dev2: keeps items and passages, lists and abstentions at their measured level', async () => {
    const summary = await scoreSet('test/fixtures/eval/dev2.jsonl');
    expect(summary.retrieval.hitAt1).toBeGreaterThanOrEqual(0.82);
    expect(summary.retrieval.hitAt3).toBeGreaterThanOrEqual(0.86);
    expect(summary.lists.exact).toBeGreaterThanOrEqual(8);
    expect(summary.abstentions.correct).toBeGreaterThanOrEqual(7);
    expect(summary.foreign.hitAt3).toBeGreaterThanOrEqual(4 / 6);
  });
});
