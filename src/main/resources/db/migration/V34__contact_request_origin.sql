-- The page of the site the prospect was reading before the contact form (its path only),
-- for the team and for the statistics of what brings requests.
alter table contact_request add column origin_path varchar(300);
