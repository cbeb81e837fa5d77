-- Care at home: a weekly schedule of visits (day, start, carers, minutes) on a requirement in a care
-- at home lot and on a package. Portable SQL: runs unchanged on PostgreSQL and H2.

create table requirement_visit (
    requirement_id  bigint      not null references requirement (id),
    position        integer     not null,
    day_of_week     varchar(9)  not null,
    start_time      time        not null,
    carers          integer     not null,
    minutes         integer     not null,
    primary key (requirement_id, position)
);

create table package_visit (
    package_id   bigint      not null references care_package (id),
    position     integer     not null,
    day_of_week  varchar(9)  not null,
    start_time   time        not null,
    carers       integer     not null,
    minutes      integer     not null,
    primary key (package_id, position)
);
