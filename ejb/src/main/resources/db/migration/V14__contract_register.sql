-- Contracts: the register of markets, provider agreements and call-offs, with their terms and options
-- to extend. The notice deadline and "still extendable" are kept with each change so that the register
-- filters and sorts by them in the database. Rows for markets and agreements that existed before this
-- version are made by the application at start-up (ContractBackfill), from each market's own terms.
-- Portable SQL: runs unchanged on PostgreSQL and H2.

create sequence contract_seq start with 1 increment by 50;
create table contract (
    id                        bigint        not null primary key,
    version                   bigint        not null,
    reference                 varchar(40)   not null,
    kind                      varchar(20)   not null,
    dps_id                    bigint        not null references dps (id),
    provider_id               bigint        references provider_organisation (id),
    title                     varchar(200)  not null,
    commencement              date          not null,
    original_expiry           date          not null,
    current_expiry            date          not null,
    longest_extension_months  integer       not null,
    extensions_allowed        integer       not null,
    longest_total_months      integer       not null,
    notice_months             integer       not null,
    extensions_taken          integer       not null,
    notice_deadline           date          not null,
    extendable                boolean       not null,
    decided_for_expiry        date,
    rate                      numeric(7, 2),
    rate_unit                 varchar(20),
    annual_spend              numeric(12, 2),
    unique_key                varchar(60),
    changed_by                varchar(60)   not null,
    changed_at                timestamp with time zone not null,
    constraint uk_contract_reference unique (reference),
    constraint uk_contract_key unique (unique_key)
);
create index ix_contract_notice on contract (notice_deadline);
create index ix_contract_expiry on contract (current_expiry);
create index ix_contract_provider on contract (provider_id, dps_id);

-- Key performance indicators per contract and quarter of the financial year (April to March).
create sequence kpi_return_seq start with 1 increment by 50;
create table kpi_return (
    id                bigint        not null primary key,
    version           bigint        not null,
    contract_id       bigint        not null references contract (id),
    financial_year    integer       not null,
    quarter           integer       not null,
    visits_on_time    numeric(5, 2),
    complaints        integer,
    staff_turnover    numeric(5, 2),
    ecm_compliance    numeric(5, 2),
    note              varchar(1000),
    recorded_by       varchar(60)   not null,
    recorded_at       timestamp with time zone not null,
    constraint uk_kpi_return_quarter unique (contract_id, financial_year, quarter)
);

-- The scheme of delegation per lot: who decides extensions of its agreements (LEAD or CABINET).
alter table lot add column extension_approval varchar(20) default 'LEAD' not null;

-- Extension reviews: one per market and notice round, one item per provider agreement, recommended by
-- officers and decided under the lot's scheme of delegation.
create sequence extension_review_seq start with 1 increment by 50;
create table extension_review (
    id               bigint        not null primary key,
    version          bigint        not null,
    reference        varchar(20)   not null,
    dps_id           bigint        not null references dps (id),
    status           varchar(20)   not null,
    notice_deadline  date          not null,
    uplift_percent   numeric(5, 2),
    started_by       varchar(60)   not null,
    started_at       timestamp with time zone not null,
    decided_at       timestamp with time zone,
    constraint uk_extension_review_reference unique (reference)
);
create index ix_extension_review_dps on extension_review (dps_id, status);

create sequence review_item_seq start with 1 increment by 50;
create table review_item (
    id               bigint        not null primary key,
    version          bigint        not null,
    review_id        bigint        not null references extension_review (id),
    contract_id      bigint        not null references contract (id),
    provider_name    varchar(200)  not null,
    lot_codes        varchar(200)  not null,
    approval         varchar(20)   not null,
    recommendation   varchar(20),
    months           integer,
    reasons          varchar(2000),
    recommended_by   varchar(60),
    recommended_at   timestamp with time zone,
    decision         varchar(20),
    decision_reason  varchar(2000),
    decided_by       varchar(60),
    decided_at       timestamp with time zone,
    cabinet_date     date,
    cabinet_minute   varchar(60),
    notes            varchar(4000),
    outcome          varchar(20),
    notice_given_on  date,
    constraint uk_review_item_contract unique (review_id, contract_id)
);
create index ix_review_item_contract on review_item (contract_id);
