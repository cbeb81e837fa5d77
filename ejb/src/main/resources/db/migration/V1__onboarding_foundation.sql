-- Foundation of the DPS procurement module: accounts, providers and their CQC locations, DPSs and
-- lots, applications and admissions, the decision log and notifications.
-- Portable SQL: runs unchanged on PostgreSQL (production) and H2 (the zero-set-up default).
-- Sequences step by 50 to match the entities' allocationSize (Hibernate's pooled optimiser).

create sequence provider_organisation_seq start with 1 increment by 50;
create table provider_organisation (
    id              bigint       not null primary key,
    version         bigint       not null,
    name            varchar(200) not null,
    company_number  varchar(8),
    address_line1   varchar(200) not null,
    address_line2   varchar(200),
    town            varchar(100) not null,
    postcode        varchar(10)  not null,
    contact_name    varchar(200) not null,
    contact_email   varchar(254) not null,
    contact_phone   varchar(20),
    created_at      timestamp with time zone not null,
    constraint uk_provider_organisation_name unique (name)
);

create sequence cqc_location_seq start with 1 increment by 50;
create table cqc_location (
    id           bigint       not null primary key,
    version      bigint       not null,
    provider_id  bigint       not null references provider_organisation (id),
    location_id  varchar(20)  not null,
    name         varchar(200) not null,
    postcode     varchar(10)  not null,
    rating       varchar(30)  not null,
    rating_date  date,
    constraint uk_cqc_location_location_id unique (location_id)
);
create index idx_cqc_location_provider on cqc_location (provider_id);

create sequence user_account_seq start with 1 increment by 50;
create table user_account (
    id                   bigint       not null primary key,
    version              bigint       not null,
    username             varchar(60)  not null,
    password_hash        varchar(100) not null,
    password_salt        varchar(60)  not null,
    password_iterations  integer      not null,
    full_name            varchar(200) not null,
    email                varchar(254) not null,
    provider_id          bigint references provider_organisation (id),
    enabled              boolean      not null,
    created_at           timestamp with time zone not null,
    constraint uk_user_account_username unique (username)
);
-- Read by the server's Elytron jdbc-realm for every login: the roles of a user.
create table user_role (
    user_id  bigint      not null references user_account (id),
    role     varchar(40) not null,
    primary key (user_id, role)
);

create sequence dps_seq start with 1 increment by 50;
create table dps (
    id                                bigint        not null primary key,
    version                           bigint        not null,
    reference                         varchar(40)   not null,
    title                             varchar(200)  not null,
    description                       varchar(2000),
    regime                            varchar(30)   not null,
    status                            varchar(20)   not null,
    term_start                        date          not null,
    term_end                          date          not null,
    extension_options                 integer       not null,
    extension_months                  integer       not null,
    extensions_taken                  integer       not null,
    evaluation_working_days           integer       not null,
    extended_evaluation_working_days  integer,
    created_at                        timestamp with time zone not null,
    constraint uk_dps_reference unique (reference)
);

create sequence lot_seq start with 1 increment by 50;
create table lot (
    id                          bigint       not null primary key,
    version                     bigint       not null,
    dps_id                      bigint       not null references dps (id),
    code                        varchar(20)  not null,
    title                       varchar(200) not null,
    care_setting                varchar(30)  not null,
    care_category               varchar(40),
    zone                        varchar(60),
    max_providers               integer,
    minimum_rating              varchar(30)  not null,
    admit_inadequate_suspended  boolean      not null,
    constraint uk_lot_dps_code unique (dps_id, code)
);

create sequence application_seq start with 1 increment by 50;
create table application (
    id                         bigint        not null primary key,
    version                    bigint        not null,
    reference                  varchar(20)   not null,
    dps_id                     bigint        not null references dps (id),
    provider_id                bigint        not null references provider_organisation (id),
    status                     varchar(30)   not null,
    created_at                 timestamp with time zone not null,
    submitted_at               timestamp with time zone,
    submitted_on               date,
    due_date                   date,
    deadline_extended          boolean       not null,
    extension_justification    varchar(2000),
    insurer                    varchar(200),
    insurance_policy_number    varchar(60),
    employers_liability_cover  numeric(15, 2),
    public_liability_cover     numeric(15, 2),
    insurance_expires_on       date,
    check_findings             varchar(2000),
    recommended_by             varchar(60),
    recommended_at             timestamp with time zone,
    decided_by                 varchar(60),
    decided_at                 timestamp with time zone,
    agreement_accepted_by      varchar(60),
    agreement_accepted_at      timestamp with time zone,
    constraint uk_application_reference unique (reference)
);
create index idx_application_provider on application (provider_id);
create index idx_application_dps on application (dps_id);
create index idx_application_status_due on application (status, due_date);

create sequence application_lot_seq start with 1 increment by 50;
create table application_lot (
    id                     bigint        not null primary key,
    application_id         bigint        not null references application (id),
    lot_id                 bigint        not null references lot (id),
    suggested_outcome      varchar(30),
    check_note             varchar(500),
    recommended_outcome    varchar(30),
    recommendation_reason  varchar(2000),
    outcome                varchar(30),
    outcome_reason         varchar(2000),
    constraint uk_application_lot unique (application_id, lot_id)
);
create index idx_application_lot_lot on application_lot (lot_id);

-- The CQC locations as they stood at submission: the evidence a decision rests on.
create table application_location (
    application_id   bigint       not null references application (id),
    cqc_location_id  varchar(20)  not null,
    name             varchar(200) not null,
    rating           varchar(30)  not null,
    rating_date      date
);
create index idx_application_location_application on application_location (application_id);

create sequence stored_file_seq start with 1 increment by 50;
create table stored_file (
    id       bigint not null primary key,
    content  bytea  not null
);

create sequence application_document_seq start with 1 increment by 50;
create table application_document (
    id              bigint       not null primary key,
    application_id  bigint       not null references application (id),
    kind            varchar(40)  not null,
    file_name       varchar(255) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint       not null,
    file_id         bigint       not null references stored_file (id),
    uploaded_at     timestamp with time zone not null,
    uploaded_by     varchar(60)  not null,
    constraint uk_application_document_kind unique (application_id, kind)
);

create sequence admission_seq start with 1 increment by 50;
create table admission (
    id                 bigint        not null primary key,
    version            bigint        not null,
    provider_id        bigint        not null references provider_organisation (id),
    lot_id             bigint        not null references lot (id),
    application_id     bigint        not null references application (id),
    status             varchar(20)   not null,
    admitted_on        date          not null,
    suspension_reason  varchar(2000),
    constraint uk_admission_provider_lot unique (provider_id, lot_id)
);
create index idx_admission_lot_status on admission (lot_id, status);

create sequence decision_event_seq start with 1 increment by 50;
create table decision_event (
    id            bigint        not null primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(60)   not null,
    actor_name    varchar(200)  not null,
    actor_role    varchar(40),
    subject_type  varchar(30)   not null,
    subject_ref   varchar(40)   not null,
    action        varchar(40)   not null,
    reason        varchar(2000),
    details       varchar(4000)
);
create index idx_decision_event_subject on decision_event (subject_type, subject_ref);

create sequence notification_seq start with 1 increment by 50;
create table notification (
    id                     bigint        not null primary key,
    created_at             timestamp with time zone not null,
    recipient_role         varchar(40),
    recipient_provider_id  bigint,
    subject_ref            varchar(40),
    message                varchar(1000) not null
);
create index idx_notification_role on notification (recipient_role, created_at);
create index idx_notification_provider on notification (recipient_provider_id, created_at);
