-- Call-offs, second slice: what a requirement asks (must-haves, weighted capabilities and outcome
-- questions), the answers with officers' marks, the lot's call-off terms (quality weighting, award
-- approval threshold, default offer time), the award and its approval, and the call-off contract.
-- Portable SQL: runs unchanged on PostgreSQL and H2.

alter table lot add column quality_weight integer default 60 not null;
alter table lot add column approval_threshold numeric(12, 2) default 60000.00 not null;
alter table lot add column offer_hours integer default 24 not null;

create table requirement_criterion (
    requirement_id  bigint        not null references requirement (id),
    position        integer       not null,
    kind            varchar(20)   not null,
    text            varchar(500)  not null,
    weight          integer,
    primary key (requirement_id, position)
);

create table offer_answer (
    invitation_id   bigint        not null references invitation (id),
    position        integer       not null,
    meets           boolean,
    capability      varchar(20),
    answer_text     varchar(4000),
    mark            integer,
    marked_by       varchar(60),
    marked_at       timestamp with time zone,
    primary key (invitation_id, position)
);

alter table requirement alter column status set data type varchar(30);
alter table requirement add column quality_weight integer;
alter table requirement add column approval_threshold numeric(12, 2);
-- Requirements issued before this version are evaluated and approved with the lots' terms as they are now.
update requirement set quality_weight = (select l.quality_weight from lot l where l.id = requirement.lot_id),
    approval_threshold = (select l.approval_threshold from lot l where l.id = requirement.lot_id)
    where issued_at is not null;
alter table requirement add column award_invitation_id bigint references invitation (id);
alter table requirement add column award_annual_value numeric(12, 2);
alter table requirement add column award_needs_approval boolean;
alter table requirement add column award_proposed_by varchar(60);
alter table requirement add column award_proposed_at timestamp with time zone;
alter table requirement add column award_reason varchar(2000);
alter table requirement add column award_approved_by varchar(60);
alter table requirement add column award_approved_at timestamp with time zone;
alter table requirement add column awarded_at timestamp with time zone;
alter table requirement add column ended_by varchar(60);
alter table requirement add column ended_at timestamp with time zone;
alter table requirement add column end_reason varchar(2000);
create index idx_requirement_raised on requirement (raised_at desc, id desc);

alter table invitation add column award_answered_by varchar(60);
alter table invitation add column award_answered_at timestamp with time zone;
alter table invitation add column award_decline_reason varchar(2000);
alter table invitation add column final_rank integer;

create sequence call_off_contract_seq start with 1 increment by 50;
create table call_off_contract (
    id                bigint         not null primary key,
    version           bigint         not null,
    reference         varchar(20)    not null,
    requirement_id    bigint         not null references requirement (id),
    invitation_id     bigint         not null references invitation (id),
    lot_id            bigint         not null references lot (id),
    provider_id       bigint         not null references provider_organisation (id),
    provider_name     varchar(200)   not null,
    location_code     varchar(20)    not null,
    location_name     varchar(200)   not null,
    person_reference  varchar(40)    not null,
    weekly_price      numeric(10, 2) not null,
    annual_value      numeric(12, 2) not null,
    start_date        date           not null,
    created_at        timestamp with time zone not null,
    constraint uk_call_off_contract_reference unique (reference),
    constraint uk_call_off_contract_requirement unique (requirement_id)
);
create index idx_call_off_contract_provider on call_off_contract (provider_id, created_at);
