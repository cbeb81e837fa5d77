-- Block call-offs: capacity reserved with one provider at one location for a period at a weekly rate
-- per place, and the people placed into it. Portable SQL: runs unchanged on PostgreSQL and H2.

create sequence block_call_off_seq start with 1 increment by 50;
create table block_call_off (
    id              bigint          not null primary key,
    version         bigint          not null,
    reference       varchar(20)     not null unique,
    lot_id          bigint          not null references lot (id),
    provider_id     bigint          not null references provider_organisation (id),
    location_id     varchar(20)     not null,
    location_name   varchar(200)    not null,
    title           varchar(200)    not null,
    start_date      date            not null,
    end_date        date            not null,
    places          integer         not null,
    weekly_rate     numeric(10, 2)  not null,
    created_by      varchar(60)     not null,
    created_at      timestamp with time zone not null
);
create index idx_block_call_off_provider on block_call_off (provider_id);

create sequence block_placement_seq start with 1 increment by 50;
create table block_placement (
    id                bigint         not null primary key,
    version           bigint         not null,
    block_id          bigint         not null references block_call_off (id),
    person_reference  varchar(40)    not null,
    from_date         date           not null,
    to_date           date           not null,
    ended_on          date,
    end_reason        varchar(2000),
    placed_by         varchar(60)    not null,
    placed_at         timestamp with time zone not null,
    ended_by          varchar(60)
);
create index idx_block_placement_block on block_placement (block_id);
