ALTER TABLE "cycles" ADD COLUMN "person_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "reopen_requests_pending_idx" ON "reopen_requests" USING btree ("document_id") WHERE status = 'pending';--> statement-breakpoint
-- A cycle carries its person's name: set here whatever the insert says, so no writer can forget it.
CREATE FUNCTION cycle_person_name_set() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  new.person_name := coalesce((select p.name from people p where p.id = new.person_id), '');
  return new;
end $$;
--> statement-breakpoint
CREATE TRIGGER cycles_person_name BEFORE INSERT OR UPDATE OF person_id ON "cycles"
  FOR EACH ROW EXECUTE FUNCTION cycle_person_name_set();
--> statement-breakpoint
-- A rename reaches every cycle of the person (an import renaming thousands: one statement).
CREATE FUNCTION cycle_person_name_follow() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  update cycles c set person_name = a.name
    from added a join removed r on r.id = a.id
    where c.person_id = a.id and a.name is distinct from r.name;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER people_name_to_cycles AFTER UPDATE ON "people"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION cycle_person_name_follow();
--> statement-breakpoint
UPDATE cycles c SET person_name = p.name FROM people p WHERE p.id = c.person_id;
