-- Customer codes are looked up regardless of case (an import's "c-1001" is "C-1001"), so
-- they must be unique regardless of case too, and that lookup must use an index.
create unique index organizations_customer_code_folded_ux on organizations (lower(customer_code));
