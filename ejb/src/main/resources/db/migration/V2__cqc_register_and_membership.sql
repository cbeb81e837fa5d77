-- CQC data the council can trust, and membership as its own capability.
-- Locations now come from the CQC register (API, sync or file import) or from a quality officer's
-- evidence, never from the provider; each rating keeps its history. An admission covers the
-- locations that were evaluated for it and records who suspended it, when and why.

alter table provider_organisation add column cqc_provider_id varchar(20);
alter table provider_organisation add constraint uk_provider_organisation_cqc unique (cqc_provider_id);

alter table cqc_location add column address_line1 varchar(200);
alter table cqc_location add column town varchar(100);
alter table cqc_location add column local_authority varchar(100);
alter table cqc_location add column latitude numeric(9, 6);
alter table cqc_location add column longitude numeric(9, 6);
alter table cqc_location add column care_home boolean default false not null;
alter table cqc_location add column beds integer;
-- Rows from before this migration were typed in by providers: unverified until CQC confirms them.
alter table cqc_location add column registered boolean default true not null;
alter table cqc_location add column registration_date date;
alter table cqc_location add column deregistration_date date;
alter table cqc_location add column rating_source varchar(20) default 'UNVERIFIED' not null;
alter table cqc_location add column rating_reference varchar(100);
alter table cqc_location add column cqc_rating varchar(30);
alter table cqc_location add column cqc_rating_date date;
alter table cqc_location add column rating_safe varchar(30);
alter table cqc_location add column rating_effective varchar(30);
alter table cqc_location add column rating_caring varchar(30);
alter table cqc_location add column rating_responsive varchar(30);
alter table cqc_location add column rating_well_led varchar(30);
alter table cqc_location add column synced_at timestamp with time zone;

create table cqc_location_service_type (
    location_id   bigint       not null references cqc_location (id),
    service_type  varchar(100) not null,
    primary key (location_id, service_type)
);
create index idx_cqc_location_service_type on cqc_location_service_type (service_type, location_id);

create sequence location_rating_seq start with 1 increment by 50;
create table location_rating (
    id           bigint        not null primary key,
    location_id  bigint        not null references cqc_location (id),
    rating       varchar(30)   not null,
    rating_date  date,
    source       varchar(20)   not null,
    reference    varchar(100),
    reason       varchar(2000),
    recorded_by  varchar(60)   not null,
    recorded_at  timestamp with time zone not null
);
create index idx_location_rating_location on location_rating (location_id, recorded_at);

-- One row: where the last sync of CQC's changes feed ended, so the next starts there.
create table cqc_sync_state (
    id            integer not null primary key,
    version       bigint  not null,
    synced_up_to  timestamp with time zone not null,
    last_run_at   timestamp with time zone,
    last_result   varchar(1000)
);

alter table admission add column suspended_on date;
alter table admission add column suspended_by varchar(60);
alter table admission add column lifting_needs_lead boolean default false not null;
alter table admission add column terminated_on date;

-- The locations an admission covers: those evaluated in its application. A location added later
-- receives nothing on the lot until an officer adds it.
create table admission_location (
    admission_id  bigint not null references admission (id),
    location_id   bigint not null references cqc_location (id),
    primary key (admission_id, location_id)
);
create index idx_admission_location_location on admission_location (location_id);
insert into admission_location (admission_id, location_id)
    select distinct a.id, l.id
    from admission a
    join application_location al on al.application_id = a.application_id
    join cqc_location l on l.location_id = al.cqc_location_id and l.provider_id = a.provider_id;
