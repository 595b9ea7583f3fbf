-- The secret that signs the links in mail (provider responses, patient education) when none is configured:
-- generated at first start and kept with the data, so links survive restarts and no two installations share it.
create table link_secret (
    id         integer      primary key check (id = 1),
    secret     varchar(100) not null,
    created_at timestamp    not null
);
