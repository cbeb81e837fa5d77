-- Call-offs, first slice: a requirement in a lot, and one invitation per provider location eligible
-- when the requirement was issued, carrying that location's sealed answer (an offer or a decline).
-- Portable SQL: runs unchanged on PostgreSQL and H2.

create sequence requirement_seq start with 1 increment by 50;
create table requirement (
    id                   bigint         not null primary key,
    version              bigint         not null,
    reference            varchar(20)    not null,
    lot_id               bigint         not null references lot (id),
    person_reference     varchar(40)    not null,
    needs                varchar(2000),
    postcode             varchar(10)    not null,
    start_date           date           not null,
    urgency              varchar(30)    not null,
    weekly_budget        numeric(10, 2) not null,
    offer_deadline       timestamp with time zone not null,
    status               varchar(20)    not null,
    raised_by            varchar(60)    not null,
    raised_at            timestamp with time zone not null,
    issued_by            varchar(60),
    issued_at            timestamp with time zone,
    closed_at            timestamp with time zone,
    cancelled_by         varchar(60),
    cancelled_at         timestamp with time zone,
    cancellation_reason  varchar(2000),
    constraint uk_requirement_reference unique (reference)
);
create index idx_requirement_lot on requirement (lot_id, status);

create sequence invitation_seq start with 1 increment by 50;
create table invitation (
    id               bigint         not null primary key,
    version          bigint         not null,
    requirement_id   bigint         not null references requirement (id),
    provider_id      bigint         not null references provider_organisation (id),
    provider_name    varchar(200)   not null,
    location_code    varchar(20)    not null,
    location_name    varchar(200)   not null,
    rating_at_issue  varchar(30),
    invited_at       timestamp with time zone not null,
    status           varchar(20)    not null,
    weekly_price     numeric(10, 2),
    earliest_start   date,
    offer_note       varchar(2000),
    decline_reason   varchar(2000),
    answered_at      timestamp with time zone,
    answered_by      varchar(60),
    constraint uk_invitation_location unique (requirement_id, location_code)
);
create index idx_invitation_provider on invitation (provider_id, status);
