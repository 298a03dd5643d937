-- A customer proves the phone or the e-mail on record: a code row is keyed by the phone's digits or by
-- "email:<address in lower case>", and locks the same way whichever it is.
ALTER TABLE customer_sign_up_code RENAME COLUMN phone_digits TO proof_key;
ALTER TABLE customer_sign_up_code DROP CONSTRAINT customer_sign_up_code_phone_digits_check;
ALTER TABLE customer_sign_up_code ADD CONSTRAINT customer_sign_up_code_proof_key_check CHECK (char_length(proof_key) <= 260);
ALTER INDEX customer_sign_up_code_by_phone RENAME TO customer_sign_up_code_by_proof;
