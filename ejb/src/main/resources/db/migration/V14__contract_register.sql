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
