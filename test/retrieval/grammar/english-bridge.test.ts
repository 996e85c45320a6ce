import { describe, expect, it } from 'vitest';
import { bridgeToEnglish, detectLanguage } from '../../../retrieval/query/multilingual/english-bridge.js';
import { englishQuestionFrame } from '../../../retrieval/query/multilingual/question-frame.js';

describe('language of a question', () => {
  it.each([
    ['status of Resolution 44 fellowships', 'en'],
    ['65-02 status pls', 'en'],
    ['lol can u write me a haiku about mondays', 'en'],
    ['Res 73 para 9?', 'en'],
    ['Res 44 paras. 3-5 — any items?', 'en'],
    ['¿Qué acciones hay para 2030?', 'es'],
    ["Quelles sont les actions du TSB pour la participation à distance aux réunions ?", 'fr'],
    ['¿Qué acciones apoyan la participación a distancia en las reuniones?', 'es'],
    ['ما هي الإجراءات المتعلقة بالمشاركة عن بعد في الاجتماعات؟', 'ar'],
    ['哪些行动项涉及远程参与会议？', 'zh'],
    ['Какие меры касаются дистанционного участия в собраниях?', 'ru'],
    // Short questions that franc alone reads as Spanish.
    ['Quand se tiendra la CMDT-30 ?', 'fr'],
    ['Où et quand se tiendra la AMNT-28 ?', 'fr'],
    ['¿Cuándo se celebra la CMDT-30?', 'es'],
    // "la" is French and Spanish alike.
    ['Estado de la Res. 90 de la AMNT-16', 'es'],
    ['punto 30 de la Res. 44', 'es'],
    ["État d'avancement de la Rés. 90 de l'AMNT", 'fr'],
  ])('%s → %s', (q, lang) => {
    expect(detectLanguage(q)).toBe(lang);
  });
});

describe('key terms reach the English index', () => {
  it.each([
    ['fr', 'Quelles actions concernent les bourses pour les pays en développement ?', ['fellowships', 'developing countries']],
    ['es', '¿Qué se hace sobre los dispositivos móviles robados?', ['stolen theft', 'mobile devices']],
    ['ar', 'ما هو دور المكاتب الإقليمية في سد الفجوة التقييسية؟', ['regional offices', 'standardization gap']],
    ['zh', '电磁场人体暴露的研究组工作', ['electromagnetic fields EMF', 'human exposure']],
    ['ru', 'Какие меры против контрафактных устройств?', ['counterfeit', 'devices equipment']],
    ['ru', 'Какие мероприятия по кибербезопасности проводятся в Африке?', ['Africa', 'cybersecurity']],
    ['ar', 'ما الذي فعله المكتب الإقليمي للدول العربية؟', ['regional offices', 'Arab States']],
    ['zh', '独联体地区的网络演习在哪里举行？', ['CIS', 'cyberdrill']],
    ['es', '¿Qué hizo la oficina regional para las Américas?', ['Americas']],
    ['ru', 'Кто собирает информацию о практике контрафакции и несанкционированного изменения устройств?', ['counterfeit', 'tampered', 'collect', 'practices']],
    ['es', '¿Quién debe recopilar e intercambiar información sobre prácticas de falsificación?', ['collect', 'exchange', 'practices']],
    ['fr', "Qui assure la fonction de conseil sur le handicap ?", ['disability']],
    ['zh', '未来网络互连所用的框架和信令架构', ['signalling', 'framework architecture']],
    ['ru', 'Кто помогает создавать испытательные стенды для мониторинга уровней ЭМП?', ['test beds', 'monitoring', 'levels', 'EMF']],
    ['es', '¿Quién recoge los requisitos de las partes interesadas sobre datos en la nube?', ['collect', 'requirements', 'stakeholders', 'data', 'cloud']],
    ['fr', 'Qui recueille les exigences des parties prenantes sur les données ?', ['requirements', 'stakeholders', 'data']],
    ['zh', '哪个行动项是关于改进文档搜索功能的？', ['search', 'documents', 'improve']],
    ['fr', 'Comment améliorer la recherche et la navigation sur le site web ?', ['search', 'navigation', 'improve']],
    ['ar', 'اجتماعات كبار المسؤولين التقنيين', ['senior executives', 'meetings']],
    ['ar', 'طلبات جديدة لموارد الترقيم والتسمية والعنونة', ['numbering', 'naming addressing']],
    ['ar', 'ما حالة توفير الزمالات للبلدان المؤهلة؟', ['fellowships']],
    ['ar', 'هل تتم دراسة أسماء الميادين المدولة؟', ['internationalized domain names']],
    // words the glossary lacks pass as cognates; Cyrillic к as the c of Latin loanwords
    ['ru', 'Какой пункт касается совместимости между контроллерами?', ['controllerami']],
    ['ru', 'Что сделано в Кыргызстане?', ['kyrgyzstane']],
    ['es', '¿Quién mantiene el repositorio de numeración?', ['repository', 'numbering']],
    ['es', '¿Qué ocurrió en el taller caribeño?', ['Caribbean']],
    ['zh', '道路安全倡议是什么时候启动的？', ['road safety', 'launch']],
    // the reports write "AI for Road Safety", "AI for Good": the acronym comes with the words
    ['zh', '人工智能促进道路安全', ['artificial intelligence AI']],
    ['fr', 'Qui a remporté le hackathon du Forum du SMSI ?', ['WSIS', 'forum', 'hackathon']],
    // in Cyrillic, Arabic or Chinese any Latin-script word is a name to carry ("Giga", "C&I")
    ['ru', 'Когда была запущена инициатива Giga?', ['Giga', 'launch']],
    ['zh', 'Giga是什么时候启动的？', ['Giga']],
    ['fr', "L'initiative IA pour la sécurité routière", ['artificial intelligence AI', 'road safety']],
    ['ru', 'Кто составляет перечень технологий для борьбы с контрафактом?', ['list', 'technologies', 'counterfeit']],
  ] as const)('%s: %s', (lang, q, terms) => {
    const english = bridgeToEnglish(q, lang);
    for (const term of terms) expect(english).toContain(term);
  });

  it.each([
    ['fr', "Où et quand s'est tenue la CMDT-22 ?", 'where and when was WTDC-22'],
    ['es', '¿Dónde y cuándo se celebró la CMDT-22?', 'where and when was WTDC-22'],
    ['es', '¿Cuándo se celebró la AMNT-20?', 'when was WTSA-20'],
    ['ru', 'Где и когда проходила ВКРЭ-22?', 'where and when was WTDC-22'],
    ['fr', 'Dans quelle ville la CMR-19 a-t-elle eu lieu ?', 'where was WRC-19'],
    ['ar', 'أين ومتى عقد WTDC-22؟', 'where and when was WTDC-22'],
    ['zh', 'WTSA-20在哪里举行？', 'where was WTSA-20'],
    ['fr', 'Quand la série de webinaires avec TSDSI a-t-elle commencé ?', 'when'],
    ['fr', 'Quelle action concerne les bourses ?', ''],
    ['fr', 'Où en sont les bourses de la Résolution 44 ?', ''],
    ['fr', "Où en est l'action 44-30 ?", ''],
    ['fr', 'Qui est le directeur du TSB ?', 'who is the director'],
    ['fr', 'Qui sont les vice-présidents du GCNT ?', 'who is the vice-chair'],
    ['es', '¿Quiénes son los vicepresidentes del GANT?', 'who is the vice-chair'],
    ['ru', 'Кто заместитель председателя КГСЭ?', 'who is the vice-chair'],
    ['es', '¿Quién preside la Comisión de Estudio 11?', 'who is the chair'],
    ['es', '¿Quién dirige la oficina regional para las Américas?', 'who heads'],
    ['ru', 'Кто председатель 17-й исследовательской комиссии?', 'who is the chair'],
    ['ru', 'Кто возглавляет БСЭ?', 'who heads'],
    ['zh', '谁是第13研究组的主席？', 'who is the chair'],
    ['zh', '国际电联秘书长是谁？', 'who is the secretary-general'],
    ['ar', 'من هو رئيس لجنة الدراسات 11؟', 'who is the chair'],
    ['ar', 'من هو مدير مكتب تقييس الاتصالات؟', 'who is the director'],
    ['fr', 'Qui a organisé le Forum du SMSI ?', ''],
    ['fr', "Combien de bureaux régionaux l'UIT compte-t-elle ?", 'how many'],
    ['es', '¿Cuántas oficinas regionales tiene la UIT?', 'how many'],
    ['ru', 'Сколько региональных отделений у МСЭ?', 'how many'],
    ['zh', '国际电联有多少个区域代表处？', 'how many'],
    ['ar', 'كم عدد المكاتب الإقليمية للاتحاد؟', 'how many'],
    ['fr', 'Combien de participants ont assisté à la CMDT-22 ?', 'how many participants'],
    ['es', '¿Cuántos delegados asistieron a la AMNT-20?', 'how many participants'],
    ['ru', 'Сколько участников было на ВКРЭ-22?', 'how many participants'],
    ['fr', 'Quelle équipe a gagné le hackathon régional ?', 'who won'],
    ['es', '¿Qué país ganó el concurso regional?', 'who won'],
    ['ru', 'Кто победил в региональном хакатоне?', 'who won'],
    ['zh', '哪个国家在区域黑客松中获胜？', 'who won'],
    ['ar', 'من فاز في المسابقة الإقليمية؟', 'who won'],
    ['zh', '谁获得了WSIS奖？', 'who won'],
    // gaining ground or benefiting is no winning
    ['es', '¿Quién ganó terreno con Giga?', ''],
    ['ru', 'Кто выиграл от проекта Giga?', ''],
    ['ru', 'Что выиграли школы от Giga?', ''],
    // an event after "after", "before", "since" only dates the question: "where" is not asked of it
    ['es', '¿En qué ciudades se reunió el grupo después de la AMNT-16?', 'where'],
    ['fr', 'Où le groupe s’est-il réuni depuis la AMNT-16 ?', 'where'],
    ['ru', 'Где собиралась группа после ВАСЭ-16?', 'where'],
    ['zh', 'WTSA-16之后该小组在哪里开会？', 'where'],
    ['ar', 'أين اجتمع الفريق بعد WTSA-16؟', 'where'],
    ['es', '¿Dónde se celebró la AMNT-20, antes de la CMDT-22?', 'where was WTSA-20'],
  ] as const)('what %s "%s" asks of an event, in English: "%s"', (lang, q, frame) => {
    expect(englishQuestionFrame(q, lang)).toBe(frame);
  });

  it('an event carries over by its English name ("CMDT-22" → WTDC-22)', () => {
    expect(bridgeToEnglish('Combien de participants ont assisté à la CMDT-22 ?', 'fr').split(' ')).toContain('WTDC-22');
    expect(bridgeToEnglish('¿Cuántos delegados asistieron a la AMNT-20?', 'es').split(' ')).toContain('WTSA-20');
  });

  it('an event that only dates the question is not carried ("después de la AMNT-16"), one asked of is', () => {
    const dated = bridgeToEnglish('¿Cuántas reuniones tuvo el QSDG después de la AMNT-16?', 'es').split(' ');
    expect(dated).toContain('QSDG');
    expect(dated).not.toContain('WTSA-16');
    expect(dated).not.toContain('WTSA');
    expect(bridgeToEnglish('¿Dónde se celebró la AMNT-16?', 'es').split(' ')).toContain('WTSA-16');
    expect(bridgeToEnglish('Combien de réunions le QSDG a-t-il tenues depuis la AMNT-16 ?', 'fr')).not.toMatch(/WTSA/);
  });

  it('a count asked leads the bridge, so the key term after it is the thing counted', () => {
    expect(bridgeToEnglish("Combien de bureaux régionaux l'UIT compte-t-elle ?", 'fr')).toMatch(/^how many regional offices/);
  });

  it.each([
    ['fr', "Combien de bureaux extérieurs l'UIT a-t-elle ?"],
    ['es', '¿Cuántas oficinas sobre el terreno tiene la UIT?'],
    ['ar', 'كم عدد المكاتب الميدانية للاتحاد؟'],
  ] as const)('%s: "%s" counts field offices of ITU, not of ITU-D, and "how many" is no quantity term', (lang, q) => {
    const bridged = bridgeToEnglish(q, lang);
    expect(bridged).toMatch(/^how many field offices ITU\b/);
    expect(bridged).not.toContain('ITU-D');
    expect(bridged).not.toContain('quantity');
  });

  it('a Sector typed with its letter stays that Sector ("UIT-D" is ITU-D, "l\'UIT" is ITU)', () => {
    expect(bridgeToEnglish("Que fait l'UIT-D pour les pays en développement ?", 'fr').split(' ')).toContain('ITU-D');
    expect(bridgeToEnglish("Combien de bureaux régionaux l'UIT compte-t-elle ?", 'fr').split(' ')).not.toContain('ITU-D');
  });

  it('a French verb inverted before its pronoun is no key term ("compte-t-elle" counts, it is no account)', () => {
    expect(bridgeToEnglish("Combien de bureaux régionaux l'UIT compte-t-elle ?", 'fr')).not.toContain('accounts');
    expect(bridgeToEnglish("Où en sont les comptes de l'UIT ?", 'fr')).toContain('accounts');
  });

  it('study groups in each language become SG numbers', () => {
    expect(bridgeToEnglish("la commission d'études 17 et la sécurité", 'fr')).toContain('SG17');
    expect(bridgeToEnglish('la Comisión de Estudio 12 y la calidad de servicio', 'es')).toContain('SG12');
    expect(bridgeToEnglish('第5研究组与ITU-R第1、第6研究组', 'zh')).toContain('SG6');
    expect(bridgeToEnglish('5-я исследовательская комиссия', 'ru')).toContain('SG5');
  });
});
