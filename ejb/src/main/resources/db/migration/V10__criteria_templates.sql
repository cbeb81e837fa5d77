-- Call-offs: reusable criteria per lot, from which officers start a requirement's criteria (a
-- requirement takes a copy). Portable SQL: runs unchanged on PostgreSQL and H2.

create sequence criteria_template_seq start with 1 increment by 50;
create table criteria_template (
    id          bigint        not null primary key,
    version     bigint        not null,
    lot_id      bigint        not null references lot (id),
    name        varchar(100)  not null,
    name_key    varchar(100)  not null,
    changed_by  varchar(60)   not null,
    changed_at  timestamp with time zone not null,
    constraint uk_criteria_template_name unique (lot_id, name_key)
);

create table criteria_template_criterion (
    template_id  bigint        not null references criteria_template (id) on delete cascade,
    position     integer       not null,
    kind         varchar(20)   not null,
    text         varchar(500)  not null,
    weight       integer,
    primary key (template_id, position)
);
