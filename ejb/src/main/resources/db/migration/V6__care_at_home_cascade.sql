-- Care at home: packages offered down a timed cascade (the zone's Lot 1 provider on duty, the zone's
-- other Lot 1 provider, then every Lot 2 provider at once), the zones' week-on / week-off rotas and
-- each framework's acceptance windows. Portable SQL: runs unchanged on PostgreSQL and H2.

create sequence zone_rota_seq start with 1 increment by 50;
create table zone_rota (
    id                  bigint        not null primary key,
    version             bigint        not null,
    lot_id              bigint        not null unique references lot (id),
    first_provider_id   bigint        not null references provider_organisation (id),
    second_provider_id  bigint        not null references provider_organisation (id),
    starts_on           date          not null,
    updated_by          varchar(60)   not null,
    updated_at          timestamp with time zone not null
);

create table zone_rota_swap (
    rota_id  bigint  not null references zone_rota (id),
    week_commencing  date    not null,
    primary key (rota_id, week_commencing)
);

create sequence cascade_terms_seq start with 1 increment by 50;
create table cascade_terms (
    id                bigint        not null primary key,
    version           bigint        not null,
    dps_id            bigint        not null unique references dps (id),
    on_duty_minutes   integer       not null,
    partner_minutes   integer       not null,
    open_minutes      integer       not null,
    updated_by        varchar(60)   not null,
    updated_at        timestamp with time zone not null
);

create sequence care_package_seq start with 1 increment by 50;
create table care_package (
    id                    bigint         not null primary key,
    version               bigint         not null,
    reference             varchar(20)    not null unique,
    lot_id                bigint         not null references lot (id),
    person_reference      varchar(40)    not null,
    needs                 varchar(2000),
    postcode              varchar(10)    not null,
    start_date            date           not null,
    urgency               varchar(30)    not null,
    weekly_hours          numeric(5, 2)  not null,
    hourly_rate           numeric(5, 2)  not null,
    visits                varchar(1000),
    status                varchar(30)    not null,
    stage                 varchar(20),
    round                 integer        not null,
    window_ends_at        timestamp with time zone,
    accepted_provider_id  bigint         references provider_organisation (id),
    accepted_by           varchar(60),
    accepted_at           timestamp with time zone,
    raised_by             varchar(60)    not null,
    raised_at             timestamp with time zone not null,
    ended_by              varchar(60),
    ended_at              timestamp with time zone,
    end_reason            varchar(2000)
);
create index idx_care_package_raised on care_package (raised_at desc, id desc);
create index idx_care_package_status on care_package (status);

create sequence package_offer_seq start with 1 increment by 50;
create table package_offer (
    id               bigint         not null primary key,
    version          bigint         not null,
    package_id       bigint         not null references care_package (id),
    provider_id      bigint         not null references provider_organisation (id),
    lot_id           bigint         not null references lot (id),
    stage            varchar(20)    not null,
    round            integer        not null,
    offered_at       timestamp with time zone not null,
    window_ends_at   timestamp with time zone not null,
    status           varchar(20)    not null,
    decline_reason   varchar(30),
    decline_text     varchar(500),
    answered_by      varchar(60),
    answered_at      timestamp with time zone
);
create index idx_package_offer_package on package_offer (package_id);
create index idx_package_offer_provider on package_offer (provider_id, status);
