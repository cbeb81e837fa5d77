-- A provider may withdraw an application that the council has not decided yet: who withdrew it,
-- when and why. The new status WITHDRAWN fits application.status as it is (varchar(30), no check
-- constraint); a deleted draft leaves no row, only its entry in the decision log.
-- Portable SQL: runs unchanged on PostgreSQL and H2.

alter table application add column withdrawn_at timestamp with time zone;
alter table application add column withdrawn_by varchar(60);
alter table application add column withdrawal_reason varchar(2000);
