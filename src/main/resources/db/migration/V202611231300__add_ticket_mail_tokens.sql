-- Each ticket gets a random token that its e-mails carry (in the Reply-To address, the
-- Message-ID and a reference line of the body), so that a reply finds its ticket without
-- trusting the subject. Existing tickets get one from 128 random bits.
alter table tickets add column mail_token varchar(40);

update tickets set mail_token = replace(gen_random_uuid()::text, '-', '') where mail_token is null;

alter table tickets alter column mail_token set not null;

create unique index tickets_mail_token_ux on tickets (mail_token);
