-- Every fact of the PER INGÉNIERIE brochure, restored to clean French.
-- Company details that the brochure does not give are left empty: the site shows them as "à compléter".

insert into site_setting (code, label, setting_value, position, admin_only) values
 ('company.name',              'Nom de la société',                        'PER INGÉNIERIE', 10, false),
 ('company.activity',          'Activité',                                 'Bureau d’études techniques pluridisciplinaire', 20, false),
 ('company.founded-year',      'Année de création',                        '1992', 30, false),
 ('company.head-office-city',  'Ville d’origine',                          'Montpellier', 40, false),
 ('company.agency',            'Agence',                                   'TECHNIB, agence de Toulouse', 50, false),
 ('company.legal-form',        'Forme juridique',                          null, 60, false),
 ('company.share-capital',     'Capital social',                           null, 70, false),
 ('company.registration',      'Immatriculation (RCS, SIREN)',             null, 80, false),
 ('company.vat-number',        'Numéro de TVA intracommunautaire',         null, 90, false),
 ('company.address',           'Adresse du siège',                         null, 100, false),
 ('company.phone',             'Téléphone',                                null, 110, false),
 ('company.email',             'Adresse e-mail de contact',                null, 120, false),
 ('company.publication-director', 'Directeur de la publication',           null, 130, false),
 ('hosting.provider',          'Hébergeur du site (nom, adresse, téléphone)', null, 140, false);

insert into page_text (code, label, body, position) values
 ('home.baseline',   'Accueil : métiers',            'BET pluridisciplinaire / Maîtrise d’œuvre / Assistance au maître d’ouvrage', 10),
 ('home.tagline',    'Accueil : accroche',           'Un interlocuteur unique, une réponse globale', 20),
 ('home.expertise',  'Accroche des moyens',          'Le mariage de l’expertise et de la technologie', 30),
 ('history.quote',   'Histoire : citation',          'Deux décennies de passion. Grâce à une étroite collaboration entre ingénieurs et techniciens pluridisciplinaires, le processus de conception et les problématiques qui lui sont associées peuvent recevoir une réponse complète et mesurée.', 40),
 ('team.intro',      'Équipe : présentation',        'Mahyar JALILI, ingénieur Génie Civil, Directeur Général de PER, est épaulé par une équipe compétente dotée d’outils de travail performants.', 50),
 ('tools.intro',     'Moyens techniques : présentation', 'Toutes nos stations de travail sont dotées des logiciels les plus performants en matière de dessin ou de calcul structurels.', 60);

insert into edito (title, body, signatory_name, signatory_title) values
 ('Édito',
  '<p>Bâtir avec nos clients une relation durable et de proximité, constitue le fondement de notre métier d’ingénieur conseil et la philosophie de nos engagements.</p>'
  || '<p>En restant fidèles à ces engagements depuis notre création, nous évoluons et améliorons notre approche, grâce au sérieux et au sens des responsabilités de nos équipes.</p>'
  || '<p>Nous nous attachons chaque jour à élaborer des solutions techniques à la hauteur des enjeux, du respect du développement durable et de l’équilibre financier des projets qui nous sont confiés.</p>'
  || '<p>C’est précisément dans cette optique que nous poursuivons notre essor avec pour ambition de devenir le pôle d’ingénierie et de conseil par excellence offrant ainsi l’intégralité des compétences techniques requises afin que la construction d’un Projet accompagnée par les Études d’ingénierie aboutisse au final à sa parfaite Réalisation.</p>',
  'Mahyar JALILI', 'Directeur Général');

insert into milestone (period_label, title, body, position) values
 ('1992', 'Création à Montpellier',
  '<p>Créée à Montpellier en 1992, notre société d’ingénierie a relevé de nombreux défis et a œuvré pour la réussite d’un nombre important de projets. Les études de Structure et de Génie Civil constituent son métier originel.</p>', 10),
 ('2003', 'Ouverture de l’agence toulousaine TECHNIB',
  '<p>Le bureau d’études Structure originel a pu asseoir sa réputation et étendre son secteur géographique avec l’ouverture de notre agence toulousaine, TECHNIB, en 2003.</p>', 20),
 ('2009', 'Naissance du département Énergies',
  '<p>Nous intervenons dans un contexte réglementaire de plus en plus complexe, face à des exigences environnementales croissantes et avec une volonté accrue d’optimisation des coûts. Architecture, structure et technologies doivent donc être savamment assemblées.</p>'
  || '<p>De ce constat est né en 2009 notre département Énergies qui regroupe les compétences liées à la thermie, aux fluides et à la sécurité incendie.</p>', 30),
 ('Puis', 'Le département Maîtrise d’Œuvre d’Exécution',
  '<p>Poursuivant sur cette voie, notre palette de compétences est complétée par notre département de « Maîtrise d’Œuvre d’Exécution » qui assure une parfaite transition entre conception et réalisation.</p>', 40),
 ('Aujourd’hui', 'Le département Assistance à la Maîtrise d’Ouvrage',
  '<p>Poussant toujours plus en avant notre désir d’apporter une réponse globale aux besoins des bâtisseurs, nous développons aujourd’hui notre département d’« Assistance à la Maîtrise d’Ouvrage ».</p>'
  || '<p>Allié au savoir-faire de nos ingénieurs structure, thermiciens et spécialistes de la maîtrise d’œuvre, nous disposons de compétences juridiques et managériales ainsi que de l’expérience en conduite d’opérations. Cette synergie nous permet d’apporter un accompagnement de qualité dans différents domaines d’intervention et à toutes les étapes d’un projet.</p>', 50);

insert into department (slug, name, full_name, summary, position) values
 ('structure', 'Structure', 'Études de structure et de génie civil',
  '<p>Les études de Structure et de Génie Civil constituent le métier originel de PER INGÉNIERIE. Depuis le diagnostic structurel jusqu’à l’assistance technique en phase travaux, nous intervenons sur tous types de structures, dans des domaines aussi variés que les infrastructures, l’habitat, la santé, les commerces…</p>', 10),
 ('energies', 'Énergies', 'Génie climatique et thermique, fluides, électricité et sécurité incendie',
  '<p>Notre département Énergies met à votre disposition son savoir-faire en matière de génie climatique et thermique, fluides, électricité courants forts et faibles, ainsi que les systèmes de sécurité incendie. Nous assurons les études théoriques, les simulations thermodynamiques dans le cadre des nouvelles normes environnementales. Nous sommes également présents lors de la consultation des entreprises ou le suivi de chantier sur de nombreux types d’ouvrages.</p>', 20),
 ('moe', 'MOE', 'Maîtrise d’Œuvre d’Exécution',
  '<p>Notre département Maîtrise d’Œuvre garantit la qualité de la concrétisation du projet en prenant en charge la rédaction du dossier de consultation, la négociation avec les entreprises et le suivi des opérations tant au niveau technique, économique que du respect des délais.</p>', 30),
 ('amo', 'AMO', 'Assistance à Maîtrise d’Ouvrage',
  '<p>Notre département d’Assistance à Maîtrise d’Ouvrage nous permet d’être présents auprès de nos clients, des études foncières jusqu’à la livraison. Nous proposons aux maîtres d’ouvrage un accompagnement de qualité sur tous les sujets liés à l’acte de construire (programmation, financement, conception…) et à toutes les phases de leur projet.</p>', 40);

-- Département Structure
insert into department_section (department_id, title, lead, body, position)
select id, 'Réalisations',
  'Nous nous impliquons fortement dans la phase ACT (Assistance à la passation des Contrats avec les entreprises).',
  '<p>Nous préparons des tableaux comparatifs clairs et détaillés qui permettent à nos clients de choisir parmi les offres en toute connaissance de cause.</p>'
  || '<p>En phase d’exécution (EXE), nous assurons les missions de VISA des plans, afin de contrôler le respect du projet par les entreprises.</p>'
  || '<p>Nous pouvons également traiter la réalisation des plans d’exécution pour le compte des entreprises.</p>'
  || '<p>Respect des délais, établissement de plans de coffrages et d’armatures, optimisation des ratios d’acier, gestion des interfaces avec le bureau de contrôle, les architectes et les autres corps d’état techniques sont autant de missions sur lesquelles PER INGÉNIERIE est en mesure de vous apporter ses compétences.</p>',
  10 from department where slug = 'structure';
insert into department_section (department_id, title, lead, body, position)
select id, 'Domaines d’intervention', null,
  '<p>Nos techniciens et ingénieurs structure sont issus de formations initiales aussi variées que reconnues dans le secteur du bâtiment et du génie civil (Institut National des Sciences Appliquées, Institut Supérieur du Béton Armé, Institut Catholique des Arts et Métiers…). Les savoir-faire et spécialités de chacun sont partagés sur notre plateau d’études où notre activité s’organise autour d’équipes projet.</p>'
  || '<p>Ainsi, l’expérience accumulée sur toutes nos réalisations depuis plus de 20 ans est transmise à l’ensemble de nos collaborateurs et nous permet aujourd’hui d’intervenir sur la plupart des ouvrages.</p>',
  20 from department where slug = 'structure';
insert into department_section (department_id, title, lead, body, position)
select id, 'Projets',
  'Nous privilégions une intervention dès la genèse des projets afin de valider très tôt les orientations conceptuelles souhaitées par l’architecte.',
  '<p>Notre rôle est d’accompagner, d’informer, de conseiller et de proposer des techniques innovantes afin de trouver le meilleur compromis entre une réglementation de plus en plus draconienne (sismicité, suppression des ponts thermiques…) et l’expression architecturale souhaitée.</p>'
  || '<p>De la phase esquisse au dossier de consultation des entreprises, nous apportons des réponses adaptées, pérennes et estimées qui pourront être intégrées tout au long de la conception.</p>'
  || '<p>Nous assurons les études et le suivi d’exécution pour les lots structurels.</p>'
  || '<p>Nous mettons l’accent sur une conception structurelle efficace, optimisée et économique.</p>'
  || '<p>Nos ingénieurs peuvent également intervenir dans le cadre de diagnostics structurels afin de déterminer l’état de vos bâtiments existants dans le cadre de projets de réhabilitation. Sur chacun de ces diagnostics, nous engageons notre responsabilité technique vis-à-vis des assurances.</p>',
  30 from department where slug = 'structure';
insert into department_section (department_id, title, lead, body, position)
select id, 'Études',
  'Nos ingénieurs structures gardent toujours à l’esprit les intérêts de nos clients en analysant d’une façon rationnelle leurs exigences.',
  '<p>Nos études et rapports sont basés sur des notes de calculs et des diagnostics rigoureux. Nous affichons aujourd’hui une réputation qui est à l’image du sérieux de notre travail dans tout le sud de la France et sur les sujets les plus complexes comme les études parasismiques ou les réhabilitations lourdes.</p>'
  || '<p>De plus, la synergie que nous développons sans cesse entre nos différents départements nous permet de réaliser des plans de réservation, de synthèse structure/fluides et d’exécution pertinents.</p>'
  || '<p>Nous pouvons également œuvrer au sein de groupements pour la réussite de projets lancés en conception/réalisation avec pour objectif le respect du coût, de la qualité et des délais.</p>',
  40 from department where slug = 'structure';
insert into department_section (department_id, title, lead, body, position)
select id, 'Missions', null, null, 50 from department where slug = 'structure';
insert into department_section (department_id, title, lead, body, position)
select id, 'Activités', null, null, 60 from department where slug = 'structure';

-- Département Énergies
insert into department_section (department_id, title, lead, body, position)
select id, 'Réalisations',
  'La présence du bureau d’études est nécessaire à certaines étapes clés du processus de construction.',
  '<p>Nous traitons la phase de préparation de chantier avec la plus grande attention et dans le délai imparti afin de ne pas impacter le planning global d’une opération.</p>'
  || '<p>Mais notre expertise se porte également sur le traitement et la validation des principes de raccordement de l’ouvrage aux réseaux concédés ou encore la vérification des travaux, en particulier à l’achèvement des travaux de cloisonnement, avant le passage des corps d’état de finition.</p>'
  || '<p>Cette démarche nous permet de déceler d’éventuelles erreurs d’exécution commises par les entreprises à un stade d’avancement où les mesures correctives ne remettent pas en cause les engagements contractuels de nos clients.</p>',
  10 from department where slug = 'energies';
insert into department_section (department_id, title, lead, body, position)
select id, 'Domaines d’intervention', null,
  '<p>Notre département Énergies est composé d’ingénieurs et de techniciens spécialistes reconnus dans des domaines aussi variés que complémentaires que sont la plomberie, le chauffage, la ventilation, l’électricité et les systèmes de sécurité incendie.</p>'
  || '<p>Nos collaborateurs expérimentés partagent leur savoir-faire respectif pour une meilleure optimisation de vos projets.</p>'
  || '<p>Allié à une veille permanente sur les évolutions réglementaires, les problématiques environnementales et les nouvelles technologies, ceci nous permet d’œuvrer pour la réussite de projets très variés.</p>',
  20 from department where slug = 'energies';
insert into department_section (department_id, title, lead, body, position)
select id, 'Projets',
  'Nous encourageons nos clients à intégrer les nouvelles normes environnementales et énergétiques le plus en amont possible dans leur réflexion.',
  '<p>Les contraintes réglementaires étant de plus en plus nombreuses et complexes, le choix des modes constructifs ne se réduit plus à quelques options prédéfinies mais à un panel de solutions très techniques.</p>'
  || '<p>À l’image d’un équaliseur, nous exposons aux maîtres d’ouvrage et aux architectes les meilleures combinaisons possibles, pouvant être optimisées tout au long de la conception.</p>'
  || '<p>Ainsi, nous sommes à même de proposer un panel de solutions pertinentes qui pourront être optimisées tout au long de la conception.</p>'
  || '<p>Nous engageons des études comparatives systématiques des différentes solutions pouvant être envisagées en fonction du site, de la nature et de la taille de l’ouvrage mais aussi de sa gestion future.</p>'
  || '<p>De ce fait, tout en apportant un savoir-faire devenu incontournable, notre démarche s’inscrit parfaitement dans le processus de création des architectes.</p>',
  30 from department where slug = 'energies';
insert into department_section (department_id, title, lead, body, position)
select id, 'Études',
  'La prise en compte des principales problématiques très en amont dans les projets permet de réduire d’une manière significative le délai des études.',
  '<p>Il s’agit alors de préciser les options qui ont été prises en amont sans remise en cause de la conception architecturale.</p>'
  || '<p>Nous proposons des missions étoffées allant jusqu’à la réalisation des plans directeurs au 1/100.</p>'
  || '<p>Ainsi, nous sommes en mesure, bien avant la réalisation des plans d’exécution, d’appréhender le positionnement des gaines, des réseaux, l’emplacement des corps de chauffe ou encore les besoins en locaux techniques.</p>'
  || '<p>Grâce à cela, nos clients fiabilisent les caractéristiques techniques et dimensionnelles de leurs ouvrages et peuvent communiquer très tôt à leur sujet, que ce soit pour des impératifs publicitaires ou commerciaux.</p>'
  || '<p>De plus, la synergie que nous développons sans cesse entre nos différents départements nous permet de réaliser des plans de réservation, de synthèse structure/fluides et d’exécution lorsque le besoin est identifié par nos clients ou dans le cadre d’un groupement de conception/réalisation.</p>',
  40 from department where slug = 'energies';
insert into department_section (department_id, title, lead, body, position)
select id, 'Missions', null, null, 50 from department where slug = 'energies';
insert into department_section (department_id, title, lead, body, position)
select id, 'Activités', null, null, 60 from department where slug = 'energies';

-- Département MOE
insert into department_section (department_id, title, lead, body, position)
select id, 'Pour la réussite de votre chantier',
  'La réussite de la construction étant la finalité des métiers de l’ingénierie du bâtiment, nous avons capitalisé le savoir-faire et les synergies entre ingénieurs structure et thermiciens pour créer notre département de Maîtrise d’Œuvre d’Exécution.',
  '<p>Notre mission est de garantir le respect de la conception du projet lors de son exécution.</p>'
  || '<p>Le métier même de Maîtrise d’Œuvre d’Exécution demande des compétences techniques dans tous les corps de métiers, mais aussi dans la gestion humaine. Ce métier spécifique à l’art de bâtir est en perpétuelle évolution : une approche très technique est donc nécessaire.</p>'
  || '<p>Le but étant de comprendre les attentes de la Maîtrise d’ouvrage, tout en respectant les volontés du concepteur.</p>'
  || '<p>Le Maître d’Œuvre d’Exécution est par définition le directeur du chantier.</p>'
  || '<p>À travers les différentes missions qu’il assume avec ses connaissances techniques mais aussi managériales, il conduit les travaux avec pour objectif la maîtrise des délais, des budgets et de la qualité. C’est d’ailleurs pour ces raisons que nos collaborateurs sont forts d’une expérience réelle et d’une rigueur constante.</p>',
  10 from department where slug = 'moe';
insert into department_section (department_id, title, lead, body, position)
select id, 'Domaines d’intervention', null,
  '<p>Nous intervenons dès l’établissement du dossier de consultation des entreprises où nous travaillons en parfaite collaboration avec l’architecte pour traduire l’image architecturale en documents techniques tenant compte de toute l’expérience acquise sur les chantiers.</p>'
  || '<p>Par un découpage de l’opération en tâches élémentaires, nous mettons en exergue les enchaînements des interventions de l’ensemble des intervenants à l’acte de construire ainsi que les points critiques.</p>'
  || '<p>Cette démarche est matérialisée par des documents synthétiques.</p>',
  20 from department where slug = 'moe';
insert into department_section (department_id, title, lead, body, position)
select id, 'Une présence régulière sur le chantier',
  'Une présence physique régulière et rigoureuse, adaptée aux besoins réels de chaque opération, s’intensifie à l’approche de la livraison.',
  '<p>Nous sommes intimement convaincus que cette assiduité est une des clefs de la réussite de notre métier.</p>'
  || '<p>Notre rigueur s’applique tant à l’établissement des pièces techniques qu’au traitement des tâches administratives et comptables.</p>'
  || '<p>Il en va de même lorsqu’une mission d’Ordonnancement, de Pilotage et de Coordination nous est confiée.</p>'
  || '<p>Notre rôle consiste à faire circuler convenablement les informations en coordonnant les actions, permettant ainsi une meilleure gestion du temps et des compétences de chacun.</p>'
  || '<p>Aujourd’hui, notre exigence en conduite d’opérations nous permet d’apporter à nos clients un accompagnement technique de qualité pour une concrétisation optimale de leurs projets.</p>',
  30 from department where slug = 'moe';
insert into department_section (department_id, title, lead, body, position)
select id, 'Missions', null, null, 50 from department where slug = 'moe';
insert into department_section (department_id, title, lead, body, position)
select id, 'Activités', null, null, 60 from department where slug = 'moe';

-- Département AMO
insert into department_section (department_id, title, lead, body, position)
select id, 'L’acte de construire de A à Z',
  'Souhaitant apporter une réponse globale à l’acte de construire, nous capitalisons les synergies entre ingénieurs et techniciens des différentes disciplines pour vous proposer un service d’assistance à maîtrise d’ouvrage pertinent.',
  '<p>Tous les responsables des opérations de construction, maîtres d’ouvrage, sont soumis à une complexité croissante due en particulier à :</p>'
  || '<ul><li>une technicité et des performances à atteindre toujours plus importantes ;</li>'
  || '<li>des intervenants de plus en plus nombreux ;</li>'
  || '<li>une nécessaire prise en compte du coût global dans un cadre de développement durable ;</li>'
  || '<li>des délais de plus en plus serrés ;</li>'
  || '<li>une attention accrue à la qualité.</li></ul>'
  || '<p>Assurer la maîtrise d’ouvrage est donc devenu un véritable travail de « chef d’orchestre ».</p>'
  || '<p>Cette complexité justifie que tout initiateur de projet s’appuie sur des compétences externes lui apportant une expertise supplémentaire ou bien encore une capacité de management d’opération.</p>'
  || '<p>Allié au savoir-faire de nos ingénieurs structure, thermiciens et spécialistes de la maîtrise d’œuvre, nous disposons de compétences juridiques et managériales ainsi que de l’expérience en conduite d’opérations permettant d’apporter aux maîtres d’ouvrage un accompagnement de qualité dans différents domaines d’intervention et à toutes les étapes d’un projet.</p>',
  10 from department where slug = 'amo';
insert into department_section (department_id, title, lead, body, position)
select id, 'Domaines d’intervention',
  'Nous pouvons intervenir dès les formalités notariales et l’élaboration des documents cadastraux.',
  '<p>Les situations d’assistance ne sont pas toutes réglementées et ne peuvent l’être au vu de la diversité des thèmes : environnement, social, réglementaire, technique et financier.</p>'
  || '<p>En exerçant notre rôle d’assistant, nous veillons tout particulièrement au respect des prérogatives du maître d’ouvrage pour ne pas nous substituer à ses décisions.</p>'
  || '<p>Notre rôle s’inscrit dans l’analyse et la synthèse des propositions pour l’accompagner dans son projet.</p>'
  || '<p>En phase amont, nous évaluons vos besoins et vous proposons divers scénarii. Chacun d’entre eux est accompagné de faisabilités techniques et financières.</p>'
  || '<p>En phase « conception », nous affinons ensemble la définition du projet, à savoir son programme.</p>'
  || '<p>Nous dirigeons les consultations et préparons des analyses comparatives claires pour vous aider dans le choix des différents prestataires et définissons les moyens (humains, techniques, administratifs…) et procédures à mettre en œuvre.</p>'
  || '<p>Nous vous conseillons tout au long du processus de conception afin de respecter le cadre initial que vous aurez fixé en termes d’image, de coût et de délai.</p>'
  || '<p>Que vous soyez de statut privé ou public, nous anticipons chaque étape et délai réglementaire pour vous permettre de prendre les bonnes décisions, au bon moment.</p>'
  || '<p>Depuis sa conception jusqu’à sa livraison, en passant par la conduite des travaux, nous demeurons à vos côtés pour assurer la réussite de votre projet.</p>',
  20 from department where slug = 'amo';
insert into department_section (department_id, title, lead, body, position)
select id, 'Missions', null, null, 50 from department where slug = 'amo';
insert into department_section (department_id, title, lead, body, position)
select id, 'Activités', null, null, 60 from department where slug = 'amo';
