-- A change of e-mail address is confirmed from a link sent to the new address.
alter table account_tokens drop constraint account_tokens_purpose_check;
alter table account_tokens add constraint account_tokens_purpose_check
  check (purpose in ('ACTIVATION', 'PASSWORD_RESET', 'EMAIL_CHANGE'));
alter table account_tokens add column new_email varchar(320);
