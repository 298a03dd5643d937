-- An e-mail can carry a document made when it is sent (e.g. the signed service report as a PDF): the row names it,
-- "<kind>:<id>:<language>", and the sender renders it then, so the outbox never holds the file.
ALTER TABLE notification ADD COLUMN attachment text CHECK (char_length(attachment) <= 200);
