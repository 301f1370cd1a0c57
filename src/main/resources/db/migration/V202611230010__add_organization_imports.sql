-- A CSV file uploaded by staff, kept between the dry run and the confirmation, and
-- afterwards as the record of who imported what.
create table organization_imports (
    import_id     uuid primary key,
    kind          varchar(20)  not null check (kind in ('ORGANIZATIONS', 'CONTRACTS', 'MEMBERS')),
    file_name     varchar(255) not null,
    content       text         not null,
    uploaded_by   uuid         not null references users (user_id),
    uploaded_at   timestamptz  not null,
    applied_at    timestamptz,
    applied_lines integer
);

create index organization_imports_uploaded_at on organization_imports (uploaded_at desc);
