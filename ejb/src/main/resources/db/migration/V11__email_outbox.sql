-- Notifications: each notice to a provider is also emailed to its users. The emails are written in
-- the transaction of the decision (an outbox) and sent after it commits, with retries, so a decision
-- never waits for the mail server and an email is never lost to a crash. Portable SQL.

create sequence outbound_email_seq start with 1 increment by 50;
create table outbound_email (
    id               bigint         not null primary key,
    version          bigint         not null,
    recipient        varchar(254)   not null,
    provider_id      bigint         references provider_organisation (id),
    subject_ref      varchar(40),
    subject          varchar(200)   not null,
    body             varchar(4000)  not null,
    status           varchar(20)    not null,
    attempts         integer        not null,
    created_at       timestamp with time zone not null,
    next_attempt_at  timestamp with time zone,
    sent_at          timestamp with time zone,
    last_error       varchar(500)
);
create index idx_outbound_email_due on outbound_email (status, next_attempt_at);
create index idx_outbound_email_created on outbound_email (created_at desc, id desc);
