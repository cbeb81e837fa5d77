-- Transparency: each call-off issued, awarded and contracted leaves an event with the facts its notice
-- needs, for publication to read later. Portable SQL: runs unchanged on PostgreSQL and H2.

create sequence notice_event_seq start with 1 increment by 50;
create table notice_event (
    id                     bigint         not null primary key,
    kind                   varchar(20)    not null,
    notice_type            varchar(30)    not null,
    regime                 varchar(30)    not null,
    dps_reference          varchar(40)    not null,
    requirement_reference  varchar(20)    not null,
    contract_reference     varchar(20),
    occurred_at            timestamp with time zone not null,
    publish_by             date,
    facts                  varchar(8000)  not null
);
create index idx_notice_event_occurred on notice_event (occurred_at desc, id desc);
create index idx_notice_event_requirement on notice_event (requirement_reference);
