-- An image of an article can be shown inside its text. What it shows is said in words for
-- readers who cannot see it (RGAA criterion 1.1), given when the image is added and put
-- into the text as its alternative wherever the image appears.
alter table kb_attachments add column alt_text varchar(300);
