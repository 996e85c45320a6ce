/**
 * Key terms of ITU-T's work in ITU's five other official languages, with their English form:
 * the offline bridge from a French, Spanish, Arabic, Chinese or Russian question to the English
 * index. Terms follow ITU's own translations (ITU Terms and Definitions database usage).
 *
 * One line a concept: `english | french | spanish | arabic | chinese | russian`, variants
 * separated by commas. Words are matched after per-language stemming; Chinese by substring.
 */
const TABLE = `
action item | point d'action, action, actions, mesure | punto de acción, acción, acciones, medida | بند العمل, بند, إجراء | 行动项, 行动, 措施 | пункт плана действий, пункт, действие, мера
action plan | plan d'action | plan de acción | خطة العمل | 行动计划 | план действий
study group | commission d'études | comisión de estudio, grupo de estudio | لجنة الدراسات | 研究组 | исследовательская комиссия
working party | groupe de travail | grupo de trabajo | فرقة العمل | 工作组 | рабочая группа
recommendation | recommandation | recomendación | توصية | 建议书 | рекомендация
standard standardization | normalisation, norme, normes | normalización, norma, normas, estándar | تقييس, معيار, معايير | 标准化, 标准 | стандартизация, стандарт
standardization gap | écart en matière de normalisation | brecha de normalización | الفجوة التقييسية | 标准化差距 | разрыв в стандартизации
developing countries | pays en développement | países en desarrollo | البلدان النامية | 发展中国家 | развивающиеся страны
least developed countries | pays les moins avancés | países menos adelantados | أقل البلدان نموا | 最不发达国家 | наименее развитые страны
Member States | États Membres | Estados Miembros | الدول الأعضاء | 成员国 | Государства-Члены
Sector Members | Membres de Secteur | Miembros de Sector | أعضاء القطاع | 部门成员 | Члены Сектора
Associates academia | Associés, établissements universitaires, universités | Asociados, instituciones académicas, universidades | المنتسبين, الهيئات الأكاديمية, الجامعات | 部门准成员, 学术成员, 高校 | Ассоциированные члены, академические организации, университеты
members membership | membre, membres, adhésion, qualité de membre | miembro, miembros, afiliación | عضو, أعضاء, عضوية | 成员, 会员 | член, члены, членство
benefits advantages | avantages, bénéfices | ventajas, beneficios | مزايا, فوائد | 好处, 益处, 优势 | преимущества, выгоды
awareness raise awareness promote | sensibiliser, sensibilisation, promouvoir | sensibilizar, sensibilización, promover | توعية, إذكاء الوعي, تعزيز | 提高认识, 宣传, 推广 | повышение осведомленности, информирование, содействие
participation | participation, participer | participación, participar | مشاركة | 参与, 参加 | участие
remote participation | participation à distance | participación a distancia, participación remota | المشاركة عن بعد | 远程参与 | дистанционное участие
fellowships | bourses | becas | منح, الزمالات, زمالات | 与会补贴, 资助 | стипендии
interpretation | interprétation | interpretación | الترجمة الشفوية | 口译 | устный перевод
translation languages | traduction, langues | traducción, idiomas | الترجمة, اللغات | 笔译, 翻译, 语言 | перевод, языки
accessibility persons with disabilities | accessibilité, personnes handicapées | accesibilidad, personas con discapacidad | إمكانية النفاذ, الأشخاص ذوي الإعاقة | 无障碍, 残疾人 | доступность, лица с ограниченными возможностями
disability | handicap, handicaps | discapacidad, discapacidades | الإعاقة, إعاقة | 残疾 | инвалидность, ограниченные возможности
sign language | langue des signes | lengua de señas | لغة الإشارة | 手语 | язык жестов
electronic working methods | méthodes de travail électroniques | métodos de trabajo electrónicos | طرائق العمل الإلكترونية | 电子工作方法 | электронные методы работы
meetings | réunion, réunions | reunión, reuniones | اجتماع, اجتماعات | 会议 | собрание, собрания, совещание
workshops | atelier, ateliers | taller, talleres | ورشة عمل, ورش عمل | 讲习班 | семинар-практикум, семинары
training capacity building | formation, renforcement des capacités | formación, capacitación, creación de capacidades | تدريب, بناء القدرات | 培训, 能力建设 | обучение, подготовка кадров, создание потенциала
regional offices | bureaux régionaux, bureau régional | oficinas regionales, oficina regional | المكاتب الإقليمية, المكتب الإقليمي | 区域代表处, 区域办事处 | региональные отделения
field offices | bureaux extérieurs, bureaux hors siège, bureaux sur le terrain | oficinas exteriores, oficinas sobre el terreno, oficinas fuera de la sede | المكاتب الميدانية, المكاتب الخارجية | 外地办事处, 驻地办事处 | отделения на местах, местные отделения
area offices | bureaux de zone, bureau de zone | oficinas de zona, oficina de zona | مكاتب المناطق, مكتب المنطقة | 地区办事处 | зональные отделения, зональное отделение
regional groups | groupes régionaux | grupos regionales | المجموعات الإقليمية | 区域组 | региональные группы
Africa | Afrique | África | أفريقيا, إفريقيا | 非洲 | Африка
Americas | Amériques | Américas | الأمريكتين, الأمريكتان | 美洲 | Америка
Arab States | États arabes | Estados Árabes | الدول العربية | 阿拉伯国家 | арабские государства
Asia and the Pacific | Asie-Pacifique, Asie et Pacifique | Asia-Pacífico, Asia y el Pacífico | آسيا والمحيط الهادئ | 亚太, 亚洲及太平洋 | Азиатско-Тихоокеанский регион
CIS | CEI | CEI | كومنولث الدول المستقلة | 独联体 | СНГ
Europe | Europe | Europa | أوروبا | 欧洲 | Европа
cyberdrill | cyberexercice, exercice de cybersécurité | ciberejercicio, ejercicio de ciberseguridad | تمرين سيبراني, التمارين السيبرانية | 网络演习, 网络安全演习 | киберучения
cooperation collaboration | coopération, collaboration | cooperación, colaboración | تعاون | 合作, 协作 | сотрудничество
coordination | coordination | coordinación | تنسيق | 协调 | координация
report reporting | rapport, rapports, faire rapport | informe, informes, informar | تقرير, تقارير | 报告 | отчет, доклад, отчеты
annual | annuel, annuelle | anual | سنوي | 年度, 每年 | ежегодный
progress | progrès, avancement | progreso, avance, avances | تقدم | 进展 | ход работы, прогресс
implementation | mise en œuvre, mettre en œuvre, application | aplicación, implementación | تنفيذ | 实施, 落实 | выполнение, реализация
assist help support | aide, aider, assister, assistance, soutien | ayuda, ayudar, asistencia, apoyo | مساعدة, دعم | 帮助, 协助, 支持 | помощь, содействие, поддержка
informed | informé, informer, information | informado, informó, informar, información | إبلاغ, إعلام | 通报, 告知 | информирование, информировать
directors | directeur, directeurs | director, directores | مدير, مديري | 主任 | директор, директора
Council | Conseil | Consejo | المجلس | 理事会 | Совет
TSAG | GCNT | GANT | الفريق الاستشاري لتقييس الاتصالات | 电信标准化顾问组 | КГСЭ
WTSA | AMNT | AMNT | الجمعية العالمية لتقييس الاتصالات | 世界电信标准化全会 | ВАСЭ
WTDC | CMDT | CMDT | المؤتمر العالمي لتنمية الاتصالات | 世界电信发展大会 | ВКРЭ
WRC | CMR | CMR | المؤتمر العالمي للاتصالات الراديوية | 世界无线电通信大会 | ВКР
Plenipotentiary Conference | Conférence de plénipotentiaires | Conferencia de Plenipotenciarios | مؤتمر المندوبين المفوضين | 全权代表大会 | Полномочная конференция
TSB | TSB | TSB | مكتب تقييس الاتصالات | 电信标准化局 | БСЭ
BDT | BDT | BDT | مكتب تنمية الاتصالات | 电信发展局 | БРЭ
BR | BR | BR | مكتب الاتصالات الراديوية | 无线电通信局 | БР
ITU-T | UIT-T | UIT-T | قطاع تقييس الاتصالات | 国际电联电信标准化部门 | МСЭ-Т
ITU-D | UIT-D | UIT-D | قطاع تنمية الاتصالات | 国际电联电信发展部门 | МСЭ-D
ITU-R | UIT-R | UIT-R | قطاع الاتصالات الراديوية | 国际电联无线电通信部门 | МСЭ-R
ITU | UIT | UIT | الاتحاد | 国际电联 | МСЭ
incident reports | incidents, rapports d'incidents | incidentes, informes de incidentes | الحوادث, تقارير الحوادث | 事件, 事件报告 | инциденты, сообщения об инцидентах
analysis analyse | analyse, analyser | análisis, analizar | تحليل | 分析 | анализ, анализировать
submitted | soumis, présentés | presentados, sometidos | المقدمة | 提交 | представленные
access non-discriminatory | accès, non discriminatoire | acceso, no discriminatorio | النفاذ, غير التمييزي | 接入, 非歧视 | доступ, недискриминационный
internet websites | internet, sites web | internet, sitios web | الإنترنت, المواقع | 互联网, 网站 | интернет, веб-сайты
numbering resources | ressources de numérotage | recursos de numeración | موارد الترقيم | 编号资源 | ресурсы нумерации
misuse | utilisation abusive, abus | uso indebido, utilización indebida | إساءة استعمال | 滥用 | неправомерное использование
call blocking | blocage des appels | bloqueo de llamadas | حجب المكالمات | 呼叫阻断, 阻断 | блокировка вызовов
calling party number identification | identification de l'appelant, numéro de l'appelant | identificación del llamante, número del llamante | هوية الطرف الطالب | 主叫号码, 主叫 | идентификация вызывающей стороны, номер вызывающего абонента
origin identification | identification de l'origine | identificación del origen | تعرف هوية المصدر | 来源识别 | идентификация источника
alternative calling procedures | procédures d'appel alternatives | procedimientos de llamada alternativos | إجراءات النداء البديلة | 替代呼叫程序 | альтернативные процедуры вызова
economic impact | économique, impact, conséquences, incidences | económico, económicas, impacto, consecuencias, repercusiones | اقتصادي, الاقتصادية, أثر, آثار | 经济, 影响 | экономический, последствия, влияние
study studies | étude, études, étudier | estudio, estudios, estudiar | دراسة | 研究 | изучение, исследование
tariffs charging accounting | tarifs, taxation, comptabilité | tarifas, tasación, contabilidad | التعريفات, المحاسبة | 资费, 结算 | тарифы, расчеты
International Telecommunication Regulations | Règlement des télécommunications internationales | Reglamento de las Telecomunicaciones Internacionales | لوائح الاتصالات الدولية | 国际电信规则 | Регламент международной электросвязи
cybersecurity security | cybersécurité, sécurité | ciberseguridad, seguridad | الأمن السيبراني, الأمن | 网络安全, 安全 | кибербезопасность, безопасность
spam | spam, pourriel | spam, correo basura | الرسائل الاقتحامية | 垃圾邮件 | спам
child online protection | protection en ligne des enfants | protección de la infancia en línea | حماية الأطفال على الإنترنت | 儿童在线保护 | защита ребенка в онлайновой среде
counterfeit | contrefaits, contrefaçon | falsificados, falsificación | المزيفة, التزييف | 假冒 | контрафакт, контрафактные, контрафактных, контрафакция, контрафакции
stolen theft | volés, vol | robados, robo | المسروقة, سرقة | 被盗 | украденные, кража
mobile devices | dispositifs mobiles, appareils mobiles, téléphones | dispositivos móviles, teléfonos | الأجهزة المتنقلة, الهواتف | 移动设备, 手机 | мобильные устройства, телефоны
devices equipment | dispositifs, appareils, équipements | dispositivos, equipos | الأجهزة, المعدات | 设备 | устройства, оборудование
conformity interoperability testing | conformité, interopérabilité, essais, tests | conformidad, interoperabilidad, pruebas | المطابقة, قابلية التشغيل البيني, الاختبار | 一致性, 互操作性, 测试 | соответствие, функциональная совместимость, тестирование
quality of service | qualité de service | calidad de servicio | جودة الخدمة | 服务质量 | качество обслуживания
consumers users protection | consommateurs, utilisateurs, protection | consumidores, usuarios, protección | المستهلكين, المستعملين, حماية | 消费者, 用户, 保护 | потребители, пользователи, защита
privacy personal data | vie privée, données personnelles | privacidad, datos personales | الخصوصية, البيانات الشخصية | 隐私, 个人数据 | неприкосновенность частной жизни, персональные данные
emergency disaster | urgence, catastrophe | emergencia, catástrofe | الطوارئ, الكوارث | 应急, 灾害 | чрезвычайные ситуации, бедствия
climate change environment | changement climatique, environnement | cambio climático, medio ambiente | تغير المناخ, البيئة | 气候变化, 环境 | изменение климата, окружающая среда
energy efficiency | efficacité énergétique | eficiencia energética | كفاءة الطاقة | 能效 | энергоэффективность
electromagnetic fields EMF | champs électromagnétiques, CEM | campos electromagnéticos, CEM | المجالات الكهرمغنطيسية | 电磁场 | электромагнитные поля, ЭМП
human exposure | exposition des personnes | exposición de las personas | تعرض الإنسان | 人体暴露 | воздействие на человека
health e-health | santé, cybersanté | salud, cibersalud | الصحة | 健康, 电子卫生 | здравоохранение
Internet of Things | Internet des objets | Internet de las cosas | إنترنت الأشياء | 物联网 | интернет вещей
smart sustainable cities | villes intelligentes et durables | ciudades inteligentes y sostenibles | المدن الذكية والمستدامة | 智慧和可持续城市 | умные устойчивые города
artificial intelligence AI | intelligence artificielle, IA | inteligencia artificial | الذكاء الاصطناعي | 人工智能 | искусственный интеллект
digital financial services financial inclusion | services financiers numériques, inclusion financière | servicios financieros digitales, inclusión financiera | الخدمات المالية الرقمية, الشمول المالي | 数字金融服务, 普惠金融 | цифровые финансовые услуги, охват финансовыми услугами
IMT mobile | IMT, mobile | IMT, móvil | الاتصالات المتنقلة الدولية | 国际移动通信 | IMT, подвижная связь
broadband | large bande | banda ancha | النطاق العريض | 宽带 | широкополосная связь
cloud computing | informatique en nuage | computación en la nube | الحوسبة السحابية | 云计算 | облачные вычисления
cloud | nuage | nube | السحابة | 云 | облако, облачный
open source | logiciels libres, source ouverte | código abierto | المصدر المفتوح | 开源 | открытый исходный код
patents intellectual property | brevets, propriété intellectuelle | patentes, propiedad intelectual | البراءات, الملكية الفكرية | 专利, 知识产权 | патенты, интеллектуальная собственность
gender women | genre, femmes, égalité hommes-femmes | género, mujeres | المساواة بين الجنسين, المرأة | 性别, 妇女 | гендерное равенство, женщины
youth | jeunes | jóvenes | الشباب | 青年 | молодежь
innovation SMEs | innovation, PME | innovación, pymes | الابتكار, المنشآت الصغيرة والمتوسطة | 创新, 中小企业 | инновации, МСП
Sustainable Development Goals | objectifs de développement durable | Objetivos de Desarrollo Sostenible | أهداف التنمية المستدامة | 可持续发展目标 | цели в области устойчивого развития
budget financial resources | budget, ressources financières | presupuesto, recursos financieros | الميزانية, الموارد المالية | 预算, 财务资源 | бюджет, финансовые ресурсы
revenue income fees | recettes, revenus, redevances, droits | ingresos, tasas | الإيرادات, الرسوم | 收入, 费用 | доходы, сборы
website web page | site web, page web | sitio web, página web | الموقع الإلكتروني, صفحة | 网页, 网站 | веб-сайт, веб-страница
database | base de données | base de datos | قاعدة البيانات | 数据库 | база данных
terms and definitions vocabulary | termes et définitions, vocabulaire | términos y definiciones, vocabulario | المصطلحات والتعاريف, المفردات | 术语和定义, 词汇 | термины и определения, словарь
handbook guide guidelines | manuel, guide, lignes directrices | manual, guía, directrices | دليل, مبادئ توجيهية | 手册, 指南, 导则 | справочник, руководство, руководящие указания
survey questionnaire | enquête, questionnaire | encuesta, cuestionario | استقصاء, استبيان | 调查, 问卷 | обследование, вопросник
liaison statements | déclarations de liaison | declaraciones de coordinación | بيانات الاتصال | 联络声明 | заявления о взаимодействии
partnership | partenariat | asociación, alianza | شراكة | 伙伴关系 | партнерство
events calendar | manifestations, événements, calendrier | eventos, calendario | الأحداث, الفعاليات, تقويم | 活动, 日历 | мероприятия, календарь
publications free access | publications, accès gratuit | publicaciones, acceso gratuito | المنشورات, النفاذ المجاني | 出版物, 免费获取 | публикации, бесплатный доступ
contributions documents | contributions, documents | contribuciones, aportaciones, documentos | المساهمات, الوثائق | 文稿, 文件, 文档 | вклады, документы
requirements | exigences, besoins | requisitos, necesidades | المتطلبات, الاحتياجات | 需求 | требования, потребности
stakeholders | parties prenantes | partes interesadas | أصحاب المصلحة | 利益攸关方 | заинтересованные стороны
data | données | datos | البيانات | 数据 | данные
test beds testbeds laboratories | bancs d'essai, laboratoires | bancos de pruebas, laboratorios | منصات الاختبار, مختبرات | 测试平台, 试验台, 实验室 | испытательные стенды, испытательный стенд, лаборатории
monitoring | surveillance, suivi | monitoreo, vigilancia, seguimiento | رصد | 监测 | мониторинг
levels | niveaux | niveles | مستويات | 水平 | уровни
approval procedures | approbation, procédures | aprobación, procedimientos | الموافقة, الإجراءات | 批准, 程序 | утверждение, процедуры
completed | terminé, achevé, complété | completada, completado, terminada | مكتمل, منجز | 完成 | завершено, выполнено
status | état, situation | estado, situación | حالة | 状况, 状态 | статус, состояние
done | fait, réalisé | hecho, realizado | ما تم, أنجز | 做了, 做过 | сделано, сделан, сделать, делается, положение дел
resolution | résolution | resolución | القرار | 决议 | резолюция
e-waste | déchets d'équipements électriques et électroniques, déchets électroniques | residuos electrónicos, residuos de aparatos eléctricos y electrónicos | المخلفات الإلكترونية, النفايات الإلكترونية | 电子废物, 电子垃圾 | электронные отходы
assessment evaluation | évaluation, évaluer | evaluación, evaluar | تقييم | 评估 | оценка
amount volume quantity | volume, quantité | volumen, cantidad | حجم, كمية | 数量, 规模 | объем, количество
measure measurement | mesure, mesurer | medición, medir | قياس | 衡量, 测量 | измерение, измерять
tool | outil | herramienta | أداة | 工具 | инструмент
portal | portail | portal | بوابة | 门户 | портал
repository | répertoire, dépôt | repositorio | مستودع | 资料库, 存储库 | репозиторий, хранилище
national | national, nationaux, nationale | nacional, nacionales | الوطنية, الوطني | 国家 | национальный, национальных
numbering | numérotage, numérotation | numeración | الترقيم | 编号 | нумерация
naming addressing | nommage, adressage | denominación, direccionamiento | التسمية, العنونة | 命名, 寻址 | присвоение имен, адресация
numbering plans | plans de numérotage | planes de numeración | خطط الترقيم | 编号计划 | планы нумерации
update | mise à jour, mettre à jour | actualización, actualizar | تحديث | 更新 | обновление, обновлять
maintain | maintenir, tenir à jour | mantener | الحفاظ, صيانة | 维护 | поддержка, поддерживать
organize | organiser | organizar | تنظيم | 组织 | организовать, организация
develop | élaborer, développer | elaborar, desarrollar, desarrolló | وضع, تطوير | 制定, 开发 | разработка, разработать
create establish | créer, créé, établir, mettre en place | crear, establecer | إنشاء | 建立, 设立 | создание, создать
joint | commun, conjoint | conjunto, común | مشترك | 联合 | совместный
group | groupe | grupo | فريق, مجموعة | 小组 | группа
Universal Postal Union UPU | Union postale universelle | Unión Postal Universal | الاتحاد البريدي العالمي | 万国邮政联盟 | Всемирный почтовый союз
roaming | itinérance | itinerancia | التجوال | 漫游 | роуминг
international mobile roaming | itinérance mobile internationale | itinerancia móvil internacional | التجوال المتنقل الدولي | 国际移动漫游 | международный роуминг
costs prices | coûts, prix | costos, precios | التكاليف, الأسعار | 成本, 价格 | затраты, цены
reduce | réduire, réduction | reducir, reducción | خفض, تخفيض | 降低, 减少 | снижение, снизить
IPv6 | IPv6 | IPv6 | الإصدار 6 من بروتوكول الإنترنت | IPv6 | IPv6
fronthaul backhaul | fronthaul, backhaul | fronthaul, backhaul | الشبكات الأمامية والخلفية | 前传, 回传 | транспортные сети
networks | réseaux | redes | الشبكات | 网络 | сети
request | demande, demander | solicitud, solicitar, pedir | طلب | 要求, 请求 | просьба, запрос
encourage invite | encourager, inviter | alentar, invitar | تشجيع, دعوة | 鼓励, 邀请 | поощрять, предлагать
best practices experience | bonnes pratiques, expérience | prácticas óptimas, experiencia | أفضل الممارسات, الخبرة | 最佳做法, 经验 | передовой опыт, опыт
guidelines | lignes directrices | directrices | مبادئ توجيهية | 准则 | руководящие указания
country countries | pays | país, países | البلدان, الدول | 国家 | страны
region regional | région, régional | región, regional | المنطقة, الإقليمي | 区域 | регион, региональный
global international | mondial, international | mundial, internacional | العالمي, الدولي | 全球, 国际 | глобальный, международный
information | information, informations | información | معلومات | 信息 | информация
collect gather | recueillir, collecter, rassembler | recopilar, reunir, recoger | جمع | 收集 | собирать, сбор
exchange share | échanger, échange, partager | intercambiar, intercambio, compartir | تبادل, تقاسم | 交流, 交换, 共享 | обмениваться, обмен
practices | pratiques | prácticas | الممارسات | 做法, 实践 | практика, практики
technical | technique | técnico | التقني | 技术 | технический
infrastructure | infrastructure | infraestructura | البنية التحتية | 基础设施 | инфраструктура
digital transformation | transformation numérique | transformación digital | التحول الرقمي | 数字化转型 | цифровая трансформация
digital | numérique | digital, digitales | الرقمية | 数字 | цифровой
services | services | servicios | الخدمات | 服务 | услуги
telecommunications ICT | télécommunications, TIC | telecomunicaciones, TIC | الاتصالات, تكنولوجيا المعلومات والاتصالات | 电信, 信息通信技术 | электросвязь, ИКТ
operators | opérateurs | operadores | المشغلين | 运营商 | операторы
regulators | régulateurs, autorités de régulation | reguladores | الهيئات التنظيمية | 监管机构 | регуляторные органы
government | gouvernement, administrations | gobierno, administraciones | الحكومات | 政府 | правительство, администрации
industry private sector | industrie, secteur privé | industria, sector privado | الصناعة, القطاع الخاص | 行业, 私营部门 | отрасль, частный сектор
experts | experts | expertos | الخبراء | 专家 | эксперты
chairmen vice-chairmen | présidents, vice-présidents | presidentes, vicepresidentes | الرؤساء, نواب الرؤساء | 主席, 副主席 | председатели, заместители председателей
secretariat | secrétariat | secretaría | الأمانة | 秘书处 | секретариат
questions | question, questions | cuestión, cuestiones | المسائل | 课题 | вопросы
work programme | programme de travail | programa de trabajo | برنامج العمل | 工作计划 | программа работы
deleted suppressed | supprimé, suppression | suprimido, supresión | حذف | 删除 | исключение, исключены
donations voluntary contributions | dons, contributions volontaires | donaciones, contribuciones voluntarias | التبرعات, المساهمات الطوعية | 捐赠, 自愿捐款 | пожертвования, добровольные взносы
fees | droits, redevances, cotisation | tasas, cuotas | الرسوم, الاشتراكات | 会费 | взносы
country code domain ccTLD | domaine de premier niveau, code de pays | dominio de nivel superior, código de país | رمز البلد, الميدان | 国家代码顶级域名 | домен верхнего уровня
internet governance | gouvernance de l'internet | gobernanza de internet | حوكمة الإنترنت | 互联网治理 | управление использованием интернета
statistics indicators | statistiques, indicateurs | estadísticas, indicadores | الإحصاءات, المؤشرات | 统计, 指标 | статистика, показатели
identity management | gestion d'identité | gestión de identidad | إدارة الهوية | 身份管理 | управление определением идентичности
tampered | falsifiés, altérés, trafiqués | manipulados, alterados | المعبث بها | 篡改 | фальсифицированные, несанкционированное изменение, несанкционированного изменения
signalling | signalisation | señalización | التشوير | 信令 | сигнализация
framework architecture | cadre, architecture | arquitectura | إطار, معمارية | 框架, 架构 | структура, архитектура
incident response CIRT | intervention en cas d'incident informatique, CIRT | respuesta a incidentes informáticos, CIRT | الاستجابة للحوادث الحاسوبية, الاستجابة للحوادث | 计算机事件响应, 事件响应 | реагирование на компьютерные инциденты
software-defined networking SDN | réseaux définis par logiciel | redes definidas por software | الشبكات المعرفة بالبرمجيات | 软件定义网络 | программно-конфигурируемые сети
technology watch | veille technologique | vigilancia tecnológica | رصد التكنولوجيا | 技术观察 | мониторинг технологий
internationalized domain names IDN | noms de domaine internationalisés | nombres de dominio internacionalizados | أسماء الميادين الدولية, الميادين المدولة, أسماء الميادين المدوّلة | 国际化域名 | интернационализированные доменные имена
IP addresses | adresses IP | direcciones IP | عناوين بروتوكول الإنترنت | IP地址 | IP-адреса
interconnection | interconnexion | interconexión | التوصيل البيني | 互连 | взаимосвязь, межсетевое соединение
non-normative texts | textes non normatifs | textos no normativos | النصوص غير المعيارية | 非规范性文本 | ненормативные тексты
working methods | méthodes de travail | métodos de trabajo | أساليب العمل | 工作方法 | методы работы
accounts expenditure | comptes, dépenses | cuentas, gastos | الحسابات, النفقات | 账目, 支出 | счета, расходы
Budget Control Committee | Commission de contrôle budgétaire | Comisión de Control del Presupuesto | لجنة مراقبة الميزانية | 预算控制委员会 | Комитет по контролю за бюджетом
Focus Group | groupe spécialisé | grupo temático | فريق متخصص | 焦点组 | оперативная группа
Joint Coordination Activity JCA | activité conjointe de coordination | actividad conjunta de coordinación | نشاط التنسيق المشترك | 联合协调活动 | совместная координационная деятельность
symposium | colloque | simposio | ندوة | 研讨会 | симпозиум
webinars | webinaire, webinaires | seminario web, seminarios web | ندوات عبر الويب, ندوة إلكترونية | 网络研讨会 | вебинар, вебинары
e-learning online courses | apprentissage en ligne, cours en ligne | aprendizaje en línea, cursos en línea | التعلم الإلكتروني, الدورات الإلكترونية | 在线学习, 网络课程 | электронное обучение, онлайновые курсы
leadership positions | postes de direction | puestos directivos | المناصب القيادية | 领导职位 | руководящие должности
staff | personnel, fonctionnaires | funcionarios | الموظفين | 工作人员 | персонал, сотрудники
dispute settlement | règlement des différends | solución de controversias | تسوية النزاعات | 争端解决 | урегулирование споров
big data | mégadonnées | macrodatos | البيانات الضخمة | 大数据 | большие данные
digital currency | monnaie numérique | moneda digital | العملة الرقمية | 数字货币 | цифровая валюта
intelligent transport systems | systèmes de transport intelligents | sistemas de transporte inteligentes | أنظمة النقل الذكية | 智能交通系统 | интеллектуальные транспортные системы
ITU | UIT | UIT | الاتحاد الدولي للاتصالات | 国际电联 | МСЭ
United Nations UN | Nations Unies, ONU | Naciones Unidas, ONU | الأمم المتحدة | 联合国 | Организация Объединенных Наций, ООН
WHO World Health Organization | OMS, Organisation mondiale de la santé | OMS, Organización Mundial de la Salud | منظمة الصحة العالمية | 世卫组织, 世界卫生组织 | ВОЗ, Всемирная организация здравоохранения
Universal Postal Union UPU | Union postale universelle, UPU | Unión Postal Universal, UPU | الاتحاد البريدي العالمي | 万国邮政联盟, 万国邮联 | Всемирный почтовый союз, ВПС
WIPO | OMPI | OMPI | المنظمة العالمية للملكية الفكرية | 世界知识产权组织 | ВОИС
IEC ISO | CEI, ISO | CEI, ISO | اللجنة الكهرتقنية الدولية, المنظمة الدولية للتوحيد القياسي | 国际电工委员会, 国际标准化组织 | МЭК, ИСО
UNDP | PNUD | PNUD | برنامج الأمم المتحدة الإنمائي | 联合国开发计划署 | ПРООН
WMO | OMM | OMM | المنظمة العالمية للأرصاد الجوية | 世界气象组织 | ВМО
WTO World Trade Organization | OMC, Organisation mondiale du commerce | OMC, Organización Mundial del Comercio | منظمة التجارة العالمية | 世界贸易组织, 世贸组织 | ВТО, Всемирная торговая организация
WCO World Customs Organization | OMD, Organisation mondiale des douanes | OMA, Organización Mundial de Aduanas | منظمة الجمارك العالمية | 世界海关组织 | ВТамО, Всемирная таможенная организация
ILO | OIT | OIT | منظمة العمل الدولية | 国际劳工组织 | МОТ
UNESCO | UNESCO | UNESCO | اليونسكو | 教科文组织 | ЮНЕСКО
OECD | OCDE | OCDE | منظمة التعاون والتنمية في الميدان الاقتصادي | 经合组织 | ОЭСР
UNEP | PNUE | PNUMA | برنامج الأمم المتحدة للبيئة | 联合国环境规划署, 环境署 | ЮНЕП
FAO | FAO | FAO | منظمة الأغذية والزراعة | 粮农组织 | ФАО
UNICEF | UNICEF | UNICEF | اليونيسف | 儿童基金会 | ЮНИСЕФ
UNCTAD | CNUCED | UNCTAD | الأونكتاد | 贸发会议 | ЮНКТАД
UNIDO | ONUDI | ONUDI | اليونيدو | 工发组织 | ЮНИДО
World Bank | Banque mondiale | Banco Mundial | البنك الدولي | 世界银行 | Всемирный банк
search find | recherche, rechercher, trouver | búsqueda, buscar, encontrar | البحث, إيجاد | 搜索, 检索, 查找 | поиск, найти
navigation browsing | navigation, navigateur | navegación, navegador | التصفح, تصفح | 浏览, 导航 | навигация, просмотр
improve enhance | améliorer, amélioration | mejorar, mejora | تحسين | 改进, 改善, 提高 | улучшить, улучшение, совершенствование
WSIS | SMSI | CMSI | القمة العالمية لمجتمع المعلومات | 信息社会世界峰会 | ВВУИО
forum | forum | foro | منتدى, المنتدى | 论坛 | форум
hackathon | hackathon | hackathon | هاكاثون | 黑客松, 黑客马拉松 | хакатон
Caribbean | Caraïbes, caribéen, caribéenne | Caribe, caribeño, caribeña | الكاريبي, منطقة البحر الكاريبي | 加勒比 | Карибский бассейн, карибский
road safety | sécurité routière | seguridad vial | السلامة على الطرق, السلامة المرورية | 道路安全 | безопасность дорожного движения
launch launched | lancer, lancement, lancé, lancée | lanzar, lanzamiento, lanzó, lanzada | أطلق, إطلاق | 启动, 发起, 推出 | запуск, запустил, запущена
list | liste | lista | قائمة | 清单, 列表 | перечень, список
technologies products | technologies, produits | tecnologías, productos | التكنولوجيات, المنتجات | 技术, 产品 | технологии, технологий, продукты, продуктов
senior executives chief officers | cadres supérieurs, dirigeants | altos ejecutivos, directivos | كبار المسؤولين, كبار التنفيذيين | 高管, 高级管理人员, 首席 | руководители высшего звена
`;

export type QuestionLanguage = 'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru';
export const FOREIGN_LANGUAGES = ['fr', 'es', 'ar', 'zh', 'ru'] as const;
export type ForeignLanguage = (typeof FOREIGN_LANGUAGES)[number];

export interface KeyTerm {
  english: string;
  /** Variants per language, as written. */
  forms: Record<ForeignLanguage, string[]>;
}

/** Whether a word or name is one of the glossary's forms in another language ("OMS", "UIT"). */
export function isGlossaryForm(name: string): boolean {
  const lower = name.toLowerCase();
  return KEY_TERMS.some((term) => FOREIGN_LANGUAGES.some((lang) => term.forms[lang].some((form) => form.toLowerCase() === lower)));
}

/** The glossary, parsed once. */
export const KEY_TERMS: KeyTerm[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [english, ...columns] = line.split('|').map((cell) => cell.trim());
    const forms = Object.fromEntries(
      FOREIGN_LANGUAGES.map((lang, i) => [lang, (columns[i] ?? '').split(',').map((f) => f.trim()).filter(Boolean)]),
    ) as Record<ForeignLanguage, string[]>;
    return { english: english!, forms };
  });
