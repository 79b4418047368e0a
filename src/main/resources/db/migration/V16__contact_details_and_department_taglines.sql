-- Contact details shown on /contact and in the footer. None of them is in the brochure: they stay
-- empty, and out of every public page, until staff fill them in.
insert into site_setting (code, label, setting_value, position, admin_only, value_type, setting_group) values
 ('company.map-url',  'Lien vers le plan d’accès du siège (OpenStreetMap, Google Maps…)', null, 105, false, 'URL', 'CONTACT'),
 ('company.hours',    'Horaires d’ouverture', null, 125, false, 'MULTILINE', 'CONTACT'),
 ('agency.address',   'Adresse de l’agence de Toulouse (TECHNIB)', null, 126, false, 'POSTAL_ADDRESS', 'CONTACT'),
 ('agency.phone',     'Téléphone de l’agence de Toulouse', null, 127, false, 'PHONE', 'CONTACT'),
 ('agency.email',     'Adresse e-mail de l’agence de Toulouse', null, 128, false, 'EMAIL', 'CONTACT'),
 ('agency.map-url',   'Lien vers le plan d’accès de l’agence de Toulouse', null, 129, false, 'URL', 'CONTACT');

-- A one-line summary per department for the cards of the home page and of /departements,
-- taken from the brochure's own words.
alter table department add column tagline varchar(200);
update department set tagline = 'Le métier originel de PER INGÉNIERIE, du diagnostic structurel à l’assistance technique en phase travaux.' where slug = 'structure';
update department set tagline = 'Génie climatique et thermique, fluides, électricité et sécurité incendie : études, simulations, suivi de chantier.' where slug = 'energies';
update department set tagline = 'La qualité de la concrétisation du projet : consultation, négociation avec les entreprises, suivi des opérations.' where slug = 'moe';
update department set tagline = 'Aux côtés des maîtres d’ouvrage, des études foncières jusqu’à la livraison.' where slug = 'amo';
update department set tagline = full_name where tagline is null;
alter table department alter column tagline set not null;

-- The brochure's "Réalisations" sections describe the construction phase; the gallery is
-- "PER en images". The section says which phase it is about, so the two read apart.
update department_section set title = 'En phase de réalisation' where title = 'Réalisations';
