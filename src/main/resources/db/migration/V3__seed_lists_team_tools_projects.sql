-- Ordered lists of each department section (sectors, missions, activities), as in the brochure.

insert into section_item (section_id, label, position)
select s.id, v.label, v.position
from department_section s join department d on d.id = s.department_id
cross join (values
 ('Logements', 10),
 ('Neuf et réhabilitation', 20),
 ('Résidences seniors', 30),
 ('Résidences hôtelières', 40),
 ('Équipements de santé', 50),
 ('Projets industriels & agro-alimentaires', 60),
 ('Équipements de sport et de loisirs', 70),
 ('Salles de spectacles', 80)
) as v (label, position)
where d.slug = 'structure' and s.title = 'Domaines d’intervention';

insert into section_item (section_id, label, position)
select s.id, v.label, v.position
from department_section s join department d on d.id = s.department_id
cross join (values
 ('Diagnostic structurel sur existant', 10),
 ('Avant-projet sommaire', 20),
 ('Avant-projet détaillé', 30),
 ('Description des ouvrages et estimation des travaux', 40),
 ('Établissement des dossiers de consultation', 50),
 ('Assistance à la passation des marchés de travaux', 60),
 ('Études d’exécution', 70),
 ('Assistance technique à la conduite de travaux', 80)
) as v (label, position)
where d.slug = 'structure' and s.title = 'Missions';

insert into section_item (section_id, label, position)
select s.id, v.label, v.position
from department_section s join department d on d.id = s.department_id
cross join (values
 ('Béton armé et précontraint', 10),
 ('Charpente métallique et bois', 20),
 ('Ouvrages complexes tridimensionnels', 30),
 ('Études modales dynamiques et sismiques', 40)
) as v (label, position)
where d.slug = 'structure' and s.title = 'Activités';

insert into section_item (section_id, label, position)
select s.id, v.label, v.position
from department_section s join department d on d.id = s.department_id
cross join (values
 ('Logement', 10),
 ('Neuf et réhabilitation', 20),
 ('Bureaux', 30),
 ('Locaux d’activité', 40),
 ('Résidence senior', 50),
 ('Résidence hôtelière', 60),
 ('Équipements de sport et de loisirs', 70),
 ('Équipements scolaires', 80),
 ('Restaurants', 90),
 ('Commerces', 100),
 ('Salles de spectacles', 110)
) as v (label, position)
where d.slug = 'energies' and s.title = 'Domaines d’intervention';

insert into section_item (section_id, label, position)
select s.id, v.label, v.position
from department_section s join department d on d.id = s.department_id
cross join (values
 ('Étude de faisabilité d’approvisionnement en énergie', 10),
 ('Estimation du coût des travaux', 20),
 ('Pré-diagnostic eau chaude solaire et photovoltaïque', 30),
 ('Coordination d’études et synthèse', 40),
 ('Avant-projets simplifiés ou détaillés', 50),
 ('Simulation thermodynamique', 60),
 ('Conception définition locaux et gaines techniques', 70),
 ('Calcul thermique RT2012', 80),
 ('Calcul d’éclairement, facteur lumière/jour', 90),
 ('Études et suivi d’exécution', 100),
 ('Confort d’été et consommations prévisionnelles', 110),
 ('Coordination SSI', 120),
 ('Suivi des labellisations (BEPOS - EFFINERGIE - NF…)', 130),
 ('Dossier d’appel d’offres (plans directeurs/CCTP/DPGF)', 140),
 ('Assistance à la passation des marchés de travaux', 150)
) as v (label, position)
where d.slug = 'energies' and s.title = 'Missions';

insert into section_item (section_id, label, position)
select s.id, v.label, v.position
from department_section s join department d on d.id = s.department_id
cross join (values
 ('Génie climatique & thermique', 10),
 ('Plomberie & sanitaire', 20),
 ('Électricité courants forts & faibles', 30),
 ('Systèmes de sécurité incendie', 40)
) as v (label, position)
where d.slug = 'energies' and s.title = 'Activités';

insert into section_item (section_id, label, position)
select s.id, v.label, v.position
from department_section s join department d on d.id = s.department_id
cross join (values
 ('Neuf et réhabilitation', 10),
 ('Logement', 20),
 ('Résidence senior', 30),
 ('Résidence hôtelière', 40),
 ('Bureaux', 50),
 ('Locaux d’activité', 60),
 ('Commerces', 70),
 ('Équipements', 80)
) as v (label, position)
where d.slug = 'moe' and s.title = 'Domaines d’intervention';

insert into section_item (section_id, label, position)
select s.id, v.label, v.position
from department_section s join department d on d.id = s.department_id
cross join (values
 ('Établissement des dossiers de consultation des entreprises', 10),
 ('Gestion du planning d’exécution', 20),
 ('Négociations appels d’offres', 30),
 ('Assistance aux opérations de réception', 40),
 ('Assistance à la passation des contrats de travaux', 50),
 ('Levée des réserves', 60),
 ('Préparation de chantier', 70),
 ('Établissement des décomptes', 80),
 ('Contrôle et visa des plans d’exécution et de synthèse', 90),
 ('Assistance pour l’obtention des certificats de conformité', 100),
 ('Contrôle de la conformité des ouvrages', 110),
 ('Assistance au cours de l’année de parfait achèvement', 120),
 ('Direction et gestion financière du chantier', 130)
) as v (label, position)
where d.slug = 'moe' and s.title = 'Missions';

insert into section_item (section_id, label, position)
select s.id, v.label, v.position
from department_section s join department d on d.id = s.department_id
cross join (values
 ('Appels d’offres travaux', 10),
 ('Économie de la construction', 20),
 ('Ordonnancement, pilotage et coordination', 30),
 ('Direction de travaux', 40)
) as v (label, position)
where d.slug = 'moe' and s.title = 'Activités';

insert into section_item (section_id, label, position)
select s.id, v.label, v.position
from department_section s join department d on d.id = s.department_id
cross join (values
 ('Neuf et réhabilitation', 10),
 ('Bureaux', 20),
 ('Logement', 30),
 ('Locaux d’activité', 40),
 ('Résidence senior', 50),
 ('Commerces', 60),
 ('Résidence hôtelière', 70),
 ('Équipements', 80)
) as v (label, position)
where d.slug = 'amo' and s.title = 'Domaines d’intervention';

insert into section_item (section_id, label, position)
select s.id, v.label, v.position
from department_section s join department d on d.id = s.department_id
cross join (values
 ('Études prospectives, objectifs', 10),
 ('Management des contrats', 20),
 ('Planification stratégique', 30),
 ('Aide à la labellisation', 40),
 ('Montage foncier', 50),
 ('Management de projet', 60),
 ('Montage financier', 70),
 ('Assurance qualité', 80),
 ('Études de faisabilités technico-économiques', 90),
 ('Suivi de chantier', 100),
 ('Programmation', 110),
 ('Gestion des coûts et des délais', 120),
 ('Choix du processus de réalisation', 130),
 ('Réception des ouvrages', 140),
 ('Consultations maîtrise d’œuvre et entrepreneurs', 150),
 ('Livraison au client final', 160),
 ('Suivi de la conception', 170)
) as v (label, position)
where d.slug = 'amo' and s.title = 'Missions';

insert into section_item (section_id, label, position)
select s.id, v.label, v.position
from department_section s join department d on d.id = s.department_id
cross join (values
 ('Programmation', 10),
 ('Mandat', 20),
 ('Assistance spécialisée', 30),
 ('Conduite d’opération', 40)
) as v (label, position)
where d.slug = 'amo' and s.title = 'Activités';


insert into team_role (label, headcount, position) values
 ('ingénieurs structure', 6, 10),
 ('ingénieurs énergies', 3, 20),
 ('projeteurs', 15, 30),
 ('directeur développement', 1, 40),
 ('directeur de travaux', 1, 50),
 ('conducteur de travaux', 1, 60),
 ('directeur administratif', 1, 70),
 ('administratifs', 2, 80);


insert into tool_category (name, position) values
 ('DAO CAO', 10),
 ('Calcul de structure scientifique', 20),
 ('Bilan de puissance électrique et calcul de colonne', 30),
 ('Calcul simulation thermo-dynamique', 40),
 ('Calcul éclairement naturel et artificiel', 50),
 ('Calcul thermique scientifique', 60);

insert into tool (category_id, name, position)
select c.id, v.name, v.position from tool_category c
cross join (values ('AUTOCAD', 10), ('RCAD', 20), ('REVIT STRUCTURE', 30)) as v (name, position)
where c.name = 'DAO CAO';

insert into tool (category_id, name, position)
select c.id, v.name, v.position from tool_category c
cross join (values ('ROBOT', 10), ('ACAPULCO', 20)) as v (name, position)
where c.name = 'Calcul de structure scientifique';

insert into tool (category_id, name, position)
select c.id, v.name, v.position from tool_category c
cross join (values ('ELIUM', 10)) as v (name, position)
where c.name = 'Bilan de puissance électrique et calcul de colonne';

insert into tool (category_id, name, position)
select c.id, v.name, v.position from tool_category c
cross join (values ('PLEAIDES COMFIE', 10), ('METEO CALC', 20)) as v (name, position)
where c.name = 'Calcul simulation thermo-dynamique';

insert into tool (category_id, name, position)
select c.id, v.name, v.position from tool_category c
cross join (values ('DIALUX', 10)) as v (name, position)
where c.name = 'Calcul éclairement naturel et artificiel';

insert into tool (category_id, name, position)
select c.id, v.name, v.position from tool_category c
cross join (values ('PERRENOUD', 10), ('CLIMA-WIN', 20)) as v (name, position)
where c.name = 'Calcul thermique scientifique';


insert into project (slug, name, city, client, architect, start_year, end_year, caption, published, position) values
 ('parking-saint-roch', 'Parking Saint-Roch', 'Montpellier', 'SERM', 'Archikubik', 2012, 2014, 'Vue aérienne', true, 10),
 ('le-mediterranee', 'Le Méditerranée', 'Montpellier', 'Pragma', 'Garcia-Diaz architecte', 2011, 2015, null, true, 20),
 ('doramar', 'DoraMar', 'Montpellier', 'Icade-Arcade', 'AS.Architecture-Studio', 2011, 2015, null, true, 30),
 ('les-marches-des-cevennes', 'Les Marchés des Cévennes', 'Alès', 'ADIM PLR', 'CFL architecte', 2013, 2017, 'Les Marchés des Cévennes à Alès, un espace à vivre', true, 40),
 ('nouvelle-vague', 'Nouvelle Vague', 'Palavas-les-Flots', 'Angelotti Promotion', 'Exo 7 architecte', 2010, 2012, null, true, 50),
 ('le-polygone', 'Le Polygone', 'Béziers', 'Socri', 'Jos Galan architecte', 2007, 2010, null, true, 60),
 ('aqua-verde', 'Aqua Verde', 'Montpellier', 'SNC Marignan', 'Atelier du Pont', 2010, 2012, null, true, 70),
 ('bureaux-oxygene', 'Bureaux Oxygène', 'Montpellier', 'Urbat', 'Marie Elisabeth Nicouleau', 2010, 2012, null, true, 80),
 ('maison-regionale-des-sports', 'Maison Régionale des Sports', 'Montpellier', 'Conseil Régional Languedoc-Roussillon', 'Namer architecte', 2009, 2011, null, true, 90),
 ('nouvel-etablissement-thermal', 'Nouvel établissement thermal', 'Balaruc-les-Bains', 'Ville de Balaruc-les-Bains', 'DHA, Marc Galligani architecte', 2010, 2014, null, true, 100);
