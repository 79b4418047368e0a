-- Each setting has a type (checked on save) and belongs to one of a few forms.
alter table site_setting add column value_type varchar(30) not null default 'TEXT';
alter table site_setting add column setting_group varchar(30) not null default 'COMPANY';

update site_setting set value_type = 'YEAR' where code = 'company.founded-year';
update site_setting set setting_group = 'CONTACT', value_type = 'POSTAL_ADDRESS' where code = 'company.address';
update site_setting set setting_group = 'CONTACT', value_type = 'PHONE' where code = 'company.phone';
update site_setting set setting_group = 'CONTACT', value_type = 'EMAIL' where code = 'company.email';
update site_setting set setting_group = 'LEGAL' where code in ('company.legal-form', 'company.share-capital', 'company.publication-director');
update site_setting set setting_group = 'LEGAL', value_type = 'REGISTRATION' where code = 'company.registration';
update site_setting set setting_group = 'LEGAL', value_type = 'VAT_NUMBER' where code = 'company.vat-number';
update site_setting set setting_group = 'LEGAL', value_type = 'MULTILINE' where code = 'hosting.provider';
update site_setting set setting_group = 'NOTIFICATIONS', value_type = 'EMAIL' where code = 'contact.recipient';
