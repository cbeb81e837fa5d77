-- Call-offs: a care home requirement can be limited to homes within a distance of the person's
-- postcode; the point the postcode was found at (or why it was not) is kept with it, and each
-- invitation keeps how far its location was. Portable SQL: runs unchanged on PostgreSQL and H2.

alter table requirement add column max_distance_km integer;
alter table requirement add column origin_latitude numeric(9, 6);
alter table requirement add column origin_longitude numeric(9, 6);
alter table requirement add column distance_note varchar(300);
alter table invitation add column distance_km numeric(6, 1);
