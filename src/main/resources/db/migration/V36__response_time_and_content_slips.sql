-- What the thank-you page tells a prospect about the wait: a setting, empty until the
-- firm commits to a delay (nothing is promised before).
insert into site_setting (code, label, setting_value, position, admin_only, value_type, setting_group) values
 ('contact.response-time', 'Délai de réponse annoncé après une demande (par exemple : sous deux jours ouvrés)', null, 125,
  false, 'TEXT', 'CONTACT');

-- Slips of the brochure's extraction: « Vue aérienne » is the caption of a photo, not what
-- the Parking Saint-Roch project is about; « passation des Contrats » had a stray capital.
update project set caption = null where slug = 'parking-saint-roch' and caption = 'Vue aérienne';
update department_section set lead = replace(lead, 'passation des Contrats', 'passation des contrats')
 where lead like '%passation des Contrats%';

-- The home page's title in search results and tabs says what the firm is and where;
-- staff edit it with the other texts.
insert into page_text (code, label, body, position) values
 ('home.title', 'Accueil : titre (onglet, moteurs de recherche)',
  'Bureau d’études techniques pluridisciplinaire à Montpellier et Toulouse', 5);
