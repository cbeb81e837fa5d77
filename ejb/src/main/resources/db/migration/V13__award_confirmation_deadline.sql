-- Call-offs: the winner has until a set time to confirm or decline the award; after it the award
-- lapses and the officers choose again. Portable SQL: runs unchanged on PostgreSQL and H2.

alter table requirement add column confirm_by timestamp with time zone;
