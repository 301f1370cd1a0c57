-- ShedLock: one node at a time runs each scheduled job. The lock times are UTC wall-clock
-- timestamps that ShedLock computes in the database (usingDbTime), hence "timestamp".
create table shedlock (
  name varchar(64) primary key,
  lock_until timestamp not null,
  locked_at timestamp not null,
  locked_by varchar(255) not null
);
