-- A connection application's timeline names the person who took each step, as the work-order timeline does; the login
-- stays in actor. Steps recorded before this column have no name and read as their login.
ALTER TABLE connection_event ADD COLUMN actor_name text;
