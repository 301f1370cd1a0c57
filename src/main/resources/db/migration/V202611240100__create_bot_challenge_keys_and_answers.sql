-- The secret that signs the bot challenges of the public forms, shared by every node so
-- that a form rendered by one node is checked by another. The first node to need it
-- writes it, unless guichet.account.bot-challenge-key is set.
create table bot_challenge_keys (
  id smallint primary key check (id = 1),
  hmac_key varchar(128) not null,
  created_at timestamptz not null
);

-- Answers already accepted, until their challenge expires: a solved challenge is
-- accepted once, whichever node receives it again.
create table bot_challenge_answers (
  answer_hash varchar(64) primary key,
  expires_at timestamptz not null
);

create index bot_challenge_answers_expires_ix on bot_challenge_answers (expires_at);
