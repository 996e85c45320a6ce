import { describe, expect, it } from 'vitest';
import { asksWhatBecameOf, asksWhetherAll, readStatusIntent, withoutStatusWords } from '../../../retrieval/query/grammar/status-intent.js';

describe('status filters and list intent anywhere in the sentence', () => {
  it.each([
    ['Which Resolution 1 action items are completed?', 'completed'],
    ['res 12 - which action items are done?', 'completed'],
    ['anything ticked completed under Resolution 40?', 'completed'],
    ['Res 20 - which items are marked completed?', 'completed'],
    ['what is still open under Res 50?', 'not-completed'],
    ['Res 50: what remains open?', 'not-completed'],
    ['list every open action under Res 52', 'not-completed'],
    ['which Res 64 items are still pending, i.e. not marked completed?', 'not-completed'],
    ['Res 64 items that haven\'t been closed out yet - which?', 'not-completed'],
    ['which items of Resolution 76 are not yet done?', 'not-completed'],
    ['Res 76: which items have nothing reported, no tick in either column?', 'needs-attention'],
    ['Which Resolution 66 action items have not met their goals?', 'goals-not-met'],
    ["Which Res 73 items haven't met their periodic goals?", 'goals-not-met'],
    ['Which Res 77 items have no periodic goal met?', 'goals-not-met'],
    ['which res 73 items missed their periodic goals', 'goals-not-met'],
    ['Resolution 44: which actions failed to meet their goals?', 'goals-not-met'],
    ['which res 50 items fell short of their periodic goals?', 'goals-not-met'],
    ['list the non-completed items of Resolution 22', 'not-completed'],
    ['第22号决议中哪些行动项目还没有完成？', 'not-completed'],
    ['Résolution 22 : quelles actions sont réalisées ?', 'completed'],
    ['Resolución 22: ¿qué acciones están concluidas?', 'completed'],
    ['Resolución 22: ¿qué acciones no tienen ninguna marca?', 'needs-attention'],
    ['Резолюция 22: какие пункты без отметок?', 'needs-attention'],
    ['第22号决议哪些行动项没有标记？', 'needs-attention'],
    ['Res 22 - which items have both columns blank?', 'needs-attention'],
    ['Res 22: which actions are blank in both tick columns (goals met + completed)?', 'needs-attention'],
    ['res 22 items left unticked in each column', 'needs-attention'],
    ['res 22 - which items are still open, i.e. no tick in the completed column?', 'not-completed'],
    ['dispute settlement, Res 22: which items still have the completed box empty?', 'not-completed'],
    ['Res 22: which items have the goals met column still blank?', 'goals-not-met'],
    ['Res 22: which entries have no checkmark at all?', 'needs-attention'],
    ['Res 22: which items are missing both ticks?', 'needs-attention'],
    ['Res 22 — which ones lack a tick for periodic goals?', 'goals-not-met'],
    ['Res 22: goals-met column empty — which items?', 'goals-not-met'],
    ['Res 22: any item with an empty periodic goals met cell?', 'goals-not-met'],
    ["Res 22: what's left unticked in the Completed column?", 'not-completed'],
    ['Res 22: which items are blank under the periodic goals column?', 'goals-not-met'],
    ['Res 44: which items have goals met ticked?', 'goals-met'],
    ["in the ENUM resolution's table (49), which rows are completely unmarked?", 'needs-attention'],
    ['Res 49: which items are blank under both columns?', 'needs-attention'],
    ["SDN, Res 77 - which action items haven't been signed off as completed yet?", 'not-completed'],
    ["Res 77: which items haven't been signed off yet?", 'not-completed'],
    ["which action items don't have periodic goals met ticked?", 'goals-not-met'],
    ["Res 69: which actions still don't have the completed tick?", 'not-completed'],
    ['Which items have neither goals met nor completed ticked?', 'needs-attention'],
    ['Res 44: completed column is not ticked - which items?', 'not-completed'],
    ['Res 44: which items have no mark in the completed column?', 'not-completed'],
    ["Res 44: which items have the 'Completed' box checked?", 'completed'],
    ['Res 44: which items have no mark under the periodic goals column?', 'goals-not-met'],
    ['which res 47 items have no tick in either column?', 'needs-attention'],
    ['which items need attention in Res 2?', 'needs-attention'],
    ['which Res 72 items have an ongoing milestone?', 'ongoing'],
    ['which Res 72 items are not ongoing?', 'dated'],
    ["which of Res 32's action items aren't marked as Ongoing?", 'dated'],
    ['list the non-ongoing items of Resolution 50', 'dated'],
    ['Res 34 - which items have a fixed deadline?', 'dated'],
    ['Résolution 32 : quelles actions ne sont pas en continu ?', 'dated'],
    ['¿Qué acciones de la Resolución 32 tienen una fecha fija?', 'dated'],
    ['which Res 44 items are not completed but ongoing?', 'not-completed'],
    ["Res 52: which items have a dated milestone (a month, a year or a Council session) instead of 'Ongoing'?", 'dated'],
    ["Res 66: which items have both the 'periodic goals met' and the 'completed' boxes left empty?", 'needs-attention'],
    ['Res 66: any items with empty boxes?', 'needs-attention'],
    ['第66号决议：哪些行动项在“定期目标已实现”和“已完成”两栏都没有打勾？', 'needs-attention'],
    ['第66号决议哪些行动项均未勾选？', 'needs-attention'],
    ["Résolution 66 : quelles actions n'ont ni objectifs atteints ni terminées ?", 'needs-attention'],
    ['Résolution 66 : quelles actions dont aucune des deux colonnes est cochée ?', 'needs-attention'],
    ['Resolución 66: ¿qué acciones no tienen marca en ninguna de las dos columnas?', 'needs-attention'],
    ['Резолюция 66: какие пункты не отмечены ни в одной из колонок?', 'needs-attention'],
    ['Resolución 52: ¿qué acciones tienen como hito una fecha concreta en lugar de «Ongoing»?', 'dated'],
    ['Resolución 52: ¿qué acciones tienen un hito en vez de «Ongoing»?', 'dated'],
    ["Res 93 (4G/IMT-2020 interconnection): which items have an actual deadline rather than just 'Ongoing'?", 'dated'],
    ['Res 92 (IMT-2020) - which items have a milestone other than simply Ongoing?', 'dated'],
    ["Résolution 52 : quelles actions ont une échéance au lieu de « Ongoing » ?", 'dated'],
    ['Резолюция 52: какие пункты имеют срок вместо «Ongoing»?', 'dated'],
    ['第52号决议：哪些行动项的里程碑是具体日期而不是“Ongoing”？', 'dated'],
    ['Res 93 - which items have the periodic goals not marked as met? list them', 'goals-not-met'],
    ['По Резолюции 49: для каких пунктов отмечено, что периодические цели достигнуты?', 'goals-met'],
    ['Resolution No. 44 completed items', 'completed'],
    ['Res 70 items with a Council (2021) milestone', 'milestone-names'],
    ['Res 32 items whose milestone is not Ongoing', 'dated'],
    ['Res 90: which items have neither periodic goals met nor completed?', 'needs-attention'],
    ['Res 92: which items are not finished and have no periodic goals met?', 'needs-attention'],
    ['Résolution 92 : quelles actions ne sont pas terminées et sans objectifs périodiques atteints ?', 'needs-attention'],
    ['Résolution 66 : quelles actions ont des objectifs périodiques non atteints ?', 'goals-not-met'],
    ['Resolución 73: ¿qué acciones tienen los objetivos periódicos no cumplidos?', 'goals-not-met'],
    ['Резолюция 77: какие пункты, где цели не достигнуты?', 'goals-not-met'],
    ['第77号决议中哪些行动项的阶段性目标未实现？', 'goals-not-met'],
    ['القرار 73: ما البنود التي لم تتحقق أهدافها الدورية؟', 'goals-not-met'],
    ['Res 34: which items have their periodic goals met?', 'goals-met'],
    ['which action items of resolution 40 met their goals?', 'goals-met'],
    ['Résolution 76 : quelles actions ont leurs objectifs périodiques atteints ?', 'goals-met'],
    ['¿qué acciones de la Resolución 76 tienen los objetivos periódicos cumplidos?', 'goals-met'],
    ['какие пункты Резолюции 76: периодические цели достигнуты?', 'goals-met'],
    ['第76号决议哪些行动项阶段性目标已实现？', 'goals-met'],
    ['technology watch res 66 - which items have no tick at all, neither periodic goals met nor completed?', 'needs-attention'],
    ['quelles actions de la Résolution 44 sont terminées ?', 'completed'],
    ['¿qué acciones de la Resolución 44 siguen pendientes?', 'not-completed'],
    ['какие пункты Резолюции 44 завершены?', 'completed'],
    ['第44号决议哪些行动项未完成？', 'not-completed'],
    ['which tasks under resolution 40 are still running?', 'not-completed'],
    ['Résolution 40 : quelles actions restent à faire ?', 'not-completed'],
    ['Quels points de la Résolution 2 restent ouverts ?', 'not-completed'],
    ['Резолюция 40 — список завершённых пунктов', 'completed'],
    ['القرار 40: ما البنود التي لم تكتمل بعد؟', 'not-completed'],
    ['ما هي البنود المكتملة في القرار 40؟', 'completed'],
    ['Resolución 86 (Smart Africa): ¿qué acciones siguen abiertas, sin marcar como completadas?', 'not-completed'],
    ["Quels points de la Résolution 73 n'ont pas d'objectifs périodiques atteints ?", 'goals-not-met'],
    ['Resolución 92: ¿qué acciones no tienen marca de objetivos?', 'goals-not-met'],
    ['Which Resolution 73 action items have no periodic goals tick?', 'goals-not-met'],
    ['Res 77: anything without a goals tick?', 'goals-not-met'],
    ['anything under res47 ccTLDs with no tick in either column? i.e. nothing reported', 'needs-attention'],
    ['Res 49: acciones sin marca', 'needs-attention'],
    ['Res 44 items still to be completed', 'not-completed'],
    ['which Res 40 items have no mark, lacking any tick?', 'needs-attention'],
    ['which Res 40 items are due at TSAG?', 'milestone-names'],
    ['Pour la Résolution 32, quels points ont « Ongoing » (en cours) comme échéance ?', 'ongoing'],
    ['res 43, whats still not complted?', 'not-completed'],
    ['ما بنود القرار 73 التي وُضعت عليها علامة الاكتمال؟', 'completed'],
    ['What Res 1 items remain?', 'not-completed'],
    ['which actions still remain under Res 64?', 'not-completed'],
    ['Res 44 open items excluding those with ongoing milestone', 'dated'],
    ['Res 44 items except the ongoing ones', 'dated'],
  ])('%s → %s, a list', (q, status) => {
    expect(readStatusIntent(q)).toMatchObject({ status, wantsList: true });
  });

  it.each([['Res 64 — done vs not done?'], ['Res 55: completed and open items'], ['which Res 22 items are finished or still pending?']])(
    '%s asks for both sides: no filter',
    (q) => {
      expect(readStatusIntent(q)).toEqual({ milestoneNames: [], wantsList: false, wantsAll: false });
    },
  );

  it.each([
    ['Which action items have a PP-18 milestone?', ['Plenipotentiary']],
    ['Пункты с вехой «Совет 2021»', ['Council', '2021']],
    ['ما هي بنود العمل التي موعدها المجلس 2021؟', ['Council', '2021']],
    ['¿Qué puntos de acción tienen como hito el GANT 2021?', ['TSAG', '2021']],
    ['Res 1: which items have TSAG or Council in the milestone rather than WTSA-20?', ['TSAG', 'Council']],
    ['Res 22 items due at TSAG, not Council', ['TSAG']],
    ['Res 22: items with a Council milestone instead of a WTSA one', ['Council']],
  ])('%s: a milestone naming %j', (q, names) => {
    expect(readStatusIntent(q)).toMatchObject({ status: 'milestone-names', milestoneNames: names });
  });

  it.each([
    ['can you list all the action items under res 34 pls', true],
    ['what are all the action items for the gender resolution (55)?', true],
    ['the full list of Res 76 items', true],
    ['which Res 76 items are completed?', false],
  ])('%s asks for every item: %s', (q, all) => {
    expect(readStatusIntent(q).wantsAll).toBe(all);
  });

  it('milestone naming TSAG or Council', () => {
    expect(readStatusIntent("Res 20 - which items are pegged to a TSAG or Council milestone rather than just 'Ongoing'?")).toEqual({
      status: 'milestone-names',
      milestoneNames: ['TSAG', 'Council'],
      wantsList: true,
      wantsAll: false,
    });
    expect(readStatusIntent('which Res 73 items have a milestone tied to WTSA?')).toMatchObject({ status: 'milestone-names', milestoneNames: ['WTSA'] });
    expect(readStatusIntent('which Res 73 items have a milestone tied to WTSA-20?')).toMatchObject({ milestoneNames: ['WTSA'] });
    expect(readStatusIntent('Res 1: which items have a 2020 milestone?')).toMatchObject({ status: 'milestone-names', milestoneNames: ['2020'] });
  });

  it.each([
    ['in the WTSA-16 resolution on emergency telecommunications and disaster relief, which items have a Council or TSAG milestone?'],
    ['在WTSA-16关于应急通信和救灾的决议中，哪些行动项的里程碑是理事会或TSAG？'],
  ])('a body named far from the milestone words is not the milestone: %s', (q) => {
    expect(readStatusIntent(q)).toMatchObject({ status: 'milestone-names', milestoneNames: ['TSAG', 'Council'] });
  });

  it.each([
    ['Res 70: which completed items have a Council milestone?', 'milestone-names', 'completed'],
    ['which open items are pegged to a TSAG milestone under Resolution 22?', 'milestone-names', 'not-completed'],
    ['Res 22 - items due at TSAG that are not finished yet', 'milestone-names', 'not-completed'],
    ['Res 73: which items with a TSAG milestone have met their goals?', 'milestone-names', 'goals-met'],
    ['Res 72 items with an ongoing milestone that are completed', 'ongoing', 'completed'],
    ['which Res 2 items have a fixed deadline and are not done?', 'dated', 'not-completed'],
    ['Résolution 22 : quelles actions terminées ont une échéance au GCNT ?', 'milestone-names', 'completed'],
    ['¿Qué acciones de la Resolución 22 con hito en el GANT siguen pendientes?', 'milestone-names', 'not-completed'],
    ['Резолюция 22: какие завершенные пункты со сроком КГСЭ?', 'milestone-names', 'completed'],
    ['acciones no completadas con hito en el TSAG', 'milestone-names', 'not-completed'],
    ['ما هي البنود المكتملة التي لها معلم المجلس؟', 'milestone-names', 'completed'],
    ['which items with goals met have a Council milestone?', 'milestone-names', 'goals-met'],
    ['open items with a Council deadline', 'milestone-names', 'not-completed'],
    ['which Council-milestone items are marked open?', 'milestone-names', 'not-completed'],
    ['quelles actions avec une échéance au Conseil ont atteint leurs objectifs ?', 'milestone-names', 'goals-met'],
    ['open Res 44 items due at TSAG', 'milestone-names', 'not-completed'],
    ['which ongoing items are finished?', 'ongoing', 'completed'],
    ['Res 72: which ongoing actions are still open?', 'ongoing', 'not-completed'],
    ['ongoing Res 50 items with goals met', 'ongoing', 'goals-met'],
    ['Which Resolution 49 items have goals met but are not completed?', 'goals-met', 'not-completed'],
    ['Which action items are marked completed but have no periodic goals tick?', 'goals-not-met', 'completed'],
    ['which Res 44 items have the goals-met box ticked but are not completed?', 'goals-met', 'not-completed'],
    ['Res 73 items with completed ticked but goals met blank', 'goals-not-met', 'completed'],
    ['Res 73: completed box ticked, goals met column blank - which ones?', 'goals-not-met', 'completed'],
    ['which res 44 items have periodic goals met ticked but completed unticked', 'goals-met', 'not-completed'],
    ['Res 44 items where goals met is ticked and completed is empty', 'goals-met', 'not-completed'],
    ['Res 44: which items have a tick under Completed but nothing in the goals met column?', 'goals-not-met', 'completed'],
    ['Res 44: which items have goals met checked and the completed box not ticked?', 'goals-met', 'not-completed'],
    ['Res 44 items with both boxes ticked', 'goals-met', 'completed'],
    ['which Res 44 items are ticked in both columns?', 'goals-met', 'completed'],
    ['Res 50: which items have a tick in the goals column but are still open?', 'goals-met', 'not-completed'],
    ['Resolution 73: a tick under Completed but nothing in the goals met column', 'goals-not-met', 'completed'],
    ['completed items without a goals-met tick', 'goals-not-met', 'completed'],
    ['Res 92 items completed without goals met', 'goals-not-met', 'completed'],
    ['Res 77 items with completed tick but no goals-met tick', 'goals-not-met', 'completed'],
    ['which actions are marked both goals met and completed?', 'goals-met', 'completed'],
    ['which items are both goals-met and completed?', 'goals-met', 'completed'],
    ['Res 22 items ticked under both Periodic goals met and Completed', 'goals-met', 'completed'],
  ])('two filters together: %s', (q, status, marks) => {
    expect(readStatusIntent(q)).toMatchObject({ status, marks, wantsList: true });
  });

  it.each([
    ['anything being done to help developing countries measure e-waste?'],
    ["what's being done on spam?"],
    ['has anything been done about counterfeit phones?'],
    ['what is being done for accessibility?'],
    ['Resolution 188 - what has ITU done?'],
    ['what have the study groups done on e-waste?'],
  ])('work under way is a topic, not the completed filter: %s', (q) => {
    expect(readStatusIntent(q)).toMatchObject({ status: undefined, wantsList: false });
  });

  it.each([
    ['Res 70 items with a Council milestone'],
    ["Résolution 32 : quelles actions ont l'échéance « Ongoing » (en cours) ?"],
    ['which Res 72 items have an ongoing milestone?'],
  ])('a milestone filter alone adds no mark filter: %s', (q) => {
    expect(readStatusIntent(q).marks).toBeUndefined();
  });

  it.each([
    ['Res 44 completed activities?'],
    ['does Res 70 have completed activities?'],
    ['which activities of Res 75 are completed?'],
    ['are there pending points under Resolution 2?'],
    ['ccTLD resolution 47 - is there any row where both tick boxes are left empty?'],
    ['In Resolution 90 is there an entry where both columns are blank?'],
    ['Is there any item in the whole action plan where both boxes are empty?'],
    ['هل هناك بند في القرار 66 خانتاه فارغتان؟'],
    ['Res 70 activities not completed?'],
    ['Res 44 activities still open?'],
    ["spam res 52 - what's been completed so far?"],
    ['Res 52: what has already been completed?'],
    ["res 90 open source: what's actually been marked completed?"],
    ['Res 52 - what is now ticked done?'],
  ])('activities and points with a status word ask for a set: %s', (q) => {
    expect(readStatusIntent(q).wantsList).toBe(true);
  });

  it.each([['list the open items of res 44'], ['pls list completed items res 2'], ['Res 44 items - are they done? list them']])(
    '"list" as a verb asks for a set: %s',
    (q) => {
      expect(readStatusIntent(q).wantsList).toBe(true);
    },
  );

  it.each([['action items for SG13'], ['tasks under SG17?'], ['the items assigned to SG12'], ['all actions involving TSAG']])(
    'plural item nouns heading the question ask for a set: %s',
    (q) => {
      expect(readStatusIntent(q).wantsList).toBe(true);
    },
  );

  it.each([
    ['is 18-05 done?'],
    ['has the Res 2 webpage pointer been completed?'],
    ['which item covers the SDG mapping tool?'],
    ['which action mentions remote sign language interpretation?'],
    ['is the annual ENUM report (Res 49) closed or still running?'],
    ['does the ITU-T operational plan have concrete deadlines for WSIS outcome activities?'],
    ['Has TSB done anything on fellowships under Resolution 44?'],
    ['Какой пункт плана касается рассмотрения КГСЭ выполнения ежегодных оперативных планов?'],
    ['are the EMF activities on the portal finished?'],
    ["the TSB director flagging work items that got no contributions - what's the milestone on that and has it been closed?"],
    ['the catch-up to-do list annexed to Res 44 - who keeps it up to date?'],
    ['is the list of gaps reviewed every year, and is that done?'],
    ['spam res: the one where SG17 reports to TSAG - anything reported, and which boxes are ticked?'],
    ['the one about the climate calendar under Res 73 - completed?'],
    ['TSB director backing SG security activities (res 50) - any milestone date or just ongoing? ticked done?'],
    ['outreach activities in the regions (Res 54) - ticked done?'],
    ['Res 64: the IPv6 portal on global activities item - has it been completed?'],
  ])('%s asks about one item', (q) => {
    expect(readStatusIntent(q).wantsList).toBe(false);
  });
});

describe('topic words that look like status words', () => {
  it('"open source" is a topic, not the open filter', () => {
    expect(readStatusIntent('Res 90 open source - which of its action items are ticked as completed?')).toMatchObject({
      status: 'completed',
      wantsList: true,
    });
  });

  it.each([
    ['Какой пункт плана предусматривает ежегодный семинар по SDN и NFV с участием проектов с открытым исходным кодом?'],
    ['¿Qué acciones tratan del código abierto?'],
    ['Quelles actions portent sur le code source ouvert ?'],
    ['ما هي البنود المتعلقة بالمصدر المفتوح؟'],
  ])('"open source" in another language is a topic: %s', (q) => {
    expect(readStatusIntent(q).status).toBeUndefined();
  });

  it.each([
    ['какие пункты резолюции 90 открыты?'],
    ['¿Qué acciones sobre código abierto siguen abiertas?'],
    ['Quelles actions sur le code source ouvert sont encore ouvertes ?'],
    ['ما البنود المفتوحة في القرار 90؟'],
  ])('the open filter beside it still is one: %s', (q) => {
    expect(readStatusIntent(q).status).toBe('not-completed');
  });

  it('"open items" and "still open" are the filter', () => {
    expect(readStatusIntent('list the open items of Res 90').status).toBe('not-completed');
    expect(readStatusIntent('which Res 90 items are still open?').status).toBe('not-completed');
  });
});

describe('yes or no of a whole set', () => {
  it.each([
    ['Are all Resolution 1 items completed?', true],
    ['have all the Res 61 actions been done?', true],
    ['Has everything under Resolution 90 been finished?', true],
    ['is Res 44 all done?', true],
    ['Which Resolution 1 action items are completed?', false],
    ['is 44-30 done?', false],
    ['are the fellowships all about developing countries?', false],
  ] as const)('%s → %s', (q, whether) => {
    expect(asksWhetherAll(q)).toBe(whether);
  });
});

describe('what became of a thing', () => {
  it.each([
    ['what happened to resolution 82?', true],
    ['Whatever happened to Res 81', true],
    ['what has happened with Resolution 33', true],
    ['whatever became of res 33?', true],
    ['what happens at the next TSAG?', false],
    ['which items of Res 44 are completed?', false],
  ] as const)('%s → %s', (q, asked) => {
    expect(asksWhatBecameOf(q)).toBe(asked);
  });

  it.each([
    ['which items have TSAG or Council in the milestone rather than WTSA-20?', 'WTSA'],
    ['items whose milestone is TSAG, not Council', 'Council'],
  ])('a body the milestone must not name is no topic: %s', (q, body) => {
    expect(withoutStatusWords(q)).not.toContain(body);
  });
});
