-- The token of the ticket a mail is about: the sender builds its Message-ID and Reply-To
-- address from it, so that the answer comes back to the ticket.
alter table outbound_emails add column thread_token varchar(40);
