-- A project page tells the story: what PER did (rich text), its missions, the departments that
-- took part and the sector of the work. Filled only where the brochure's own words say so:
-- its gallery names a parking, offices, a sports house, a thermal establishment and markets;
-- it says nothing of which department worked on which project, so that is left to staff.
alter table project add column sector varchar(120);
alter table project add column description varchar(20000);
alter table project add column missions varchar(1000);

create table project_department (
    project_id    bigint not null references project (id) on delete cascade,
    department_id bigint not null references department (id) on delete cascade,
    primary key (project_id, department_id)
);

update project set sector = 'Stationnement' where slug = 'parking-saint-roch';
update project set sector = 'Bureaux' where slug = 'bureaux-oxygene';
update project set sector = 'Équipements sportifs' where slug = 'maison-regionale-des-sports';
update project set sector = 'Thermalisme' where slug = 'nouvel-etablissement-thermal';
update project set sector = 'Commerce' where slug = 'les-marches-des-cevennes';
