-- Deeds of extension: one per approved extension, generated as a PDF whose exact bytes and SHA-256 are
-- kept; signed by the provider in the portal, then signed and sealed by legal with the council's
-- certificate (PAdES). The contract's expiry changes in the transaction of the seal.
create sequence deed_seq start with 1 increment by 50;
create table deed (
    id                      bigint         not null primary key,
    version                 bigint         not null,
    reference               varchar(20)    not null,
    contract_id             bigint         not null references contract (id),
    review_item_id          bigint         not null references review_item (id),
    status                  varchar(20)    not null,
    months                  integer        not null,
    old_expiry              date           not null,
    new_expiry              date           not null,
    notice_given_on         date           not null,
    due_on                  date           not null,
    annual_spend            numeric(14, 2),
    uplift_percent          numeric(5, 2),
    varied_terms            varchar(4000)  not null,
    revision                integer        not null,
    -- written in the transaction that inserts the deed, once its reference (from its id) is in the document
    document_file_id        bigint         references stored_file (id),
    document_sha256         varchar(64),
    document_size           bigint         not null,
    created_by              varchar(60)    not null,
    created_at              timestamp with time zone not null,
    revised_by              varchar(60),
    revised_at              timestamp with time zone,
    provider_signatory      varchar(200),
    provider_signed_by      varchar(60),
    provider_signed_at      timestamp with time zone,
    provider_signed_sha256  varchar(64),
    refused_by              varchar(60),
    refused_at              timestamp with time zone,
    refusal_reason          varchar(2000),
    legal_signatory         varchar(200),
    seal_number             varchar(30),
    sealed_on               date,
    sealed_by               varchar(60),
    sealed_at               timestamp with time zone,
    sealed_sha256           varchar(64),
    sealed_file_id          bigint         references stored_file (id),
    sealed_file_sha256      varchar(64),
    certificate_subject     varchar(400),
    escalated_at            timestamp with time zone,
    constraint uk_deed_reference unique (reference),
    constraint uk_deed_review_item unique (review_item_id),
    constraint uk_deed_seal_number unique (seal_number)
);
create index ix_deed_status on deed (status, due_on);
create index ix_deed_contract on deed (contract_id);

-- Documents officers attach to a provider's evidence in an extension review (a visit report, the
-- provider's action plan): the bytes in stored_file, as for applications' documents.
create sequence review_document_seq start with 1 increment by 50;
create table review_document (
    id               bigint        not null primary key,
    review_item_id   bigint        not null references review_item (id),
    file_name        varchar(255)  not null,
    content_type     varchar(100)  not null,
    size_bytes       bigint        not null,
    file_id          bigint        not null references stored_file (id),
    uploaded_by      varchar(60)   not null,
    uploaded_at      timestamp with time zone not null
);
create index ix_review_document_item on review_document (review_item_id);
