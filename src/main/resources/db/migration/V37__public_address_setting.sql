-- The public address, set from the back office (« Mise en ligne ») when the environment
-- does not give it (PER_SITE_BASE_URL, which wins where set). Empty on a fresh install:
-- pages then ask not to be indexed and the sitemap is withheld.
insert into site_setting (code, label, setting_value, position, admin_only, value_type, setting_group) values
 ('site.public-url', 'Adresse publique du site (par exemple https://www.per-ingenierie.fr ; PER_SITE_BASE_URL l’emporte si réglée)',
  null, 1, false, 'URL', 'LAUNCH');
