-- One store for every uploaded picture. Project photos kept their bytes apart
-- (project_photo_file); they move into stored_image, like the hero, the logo, the
-- departments' images and the portraits. Nothing is lost: each photo keeps its id, its
-- text, its position, and its old address (served from its new place).
alter table stored_image add column moved_from_photo bigint;

insert into stored_image (content_type, width, height, data, moved_from_photo)
select f.content_type, p.width, p.height, f.data, p.id
from project_photo_file f join project_photo p on p.id = f.photo_id;

alter table project_photo add column image_id bigint references stored_image (id);
update project_photo set image_id = (select s.id from stored_image s where s.moved_from_photo = project_photo.id);
alter table project_photo alter column image_id set not null;
alter table stored_image drop column moved_from_photo;
drop table project_photo_file;
-- The stamp made a photo's address change with its bytes; the image id does now.
alter table project_photo drop column stamp;

-- The renditions pages ask for (480, 960 and 1600 pixels wide, in WebP and in the master's
-- own format), made once — at upload, or on the first request for a picture stored before
-- — and kept here, so that every instance serves them without decoding anything.
create table image_rendition (
    image_id     bigint      not null references stored_image (id) on delete cascade,
    width        integer     not null,
    format       varchar(10) not null,
    content_type varchar(40) not null,
    data         bytea       not null,
    primary key (image_id, width, format)
);

-- The point of each picture that every crop keeps in view (a face in a portrait, the
-- building in a wide photo), in percent of its width and height; none: the centre.
alter table project_photo add column focus_x integer;
alter table project_photo add column focus_y integer;
alter table department add column image_focus_x integer;
alter table department add column image_focus_y integer;
alter table site_picture add column image_focus_x integer;
alter table site_picture add column image_focus_y integer;
alter table team_member add column image_focus_x integer;
alter table team_member add column image_focus_y integer;

-- When an image was stored: the nightly sweep of images nothing refers to any more (those
-- of items deleted for good from the bin) leaves the day's alone.
alter table stored_image add column created timestamp with time zone not null default current_timestamp;
