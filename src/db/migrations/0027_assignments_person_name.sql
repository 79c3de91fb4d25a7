ALTER TABLE "assignments" ADD COLUMN "person_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- An assignment carries its person's name (as cycles do, migration 0024): set here whatever the
-- insert says, so no writer (the admin pages, imports, the demo) can forget it.
CREATE FUNCTION assignment_person_name_set() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  new.person_name := coalesce((select p.name from people p where p.id = new.person_id), '');
  return new;
end $$;
--> statement-breakpoint
CREATE TRIGGER assignments_person_name BEFORE INSERT OR UPDATE OF person_id ON "assignments"
  FOR EACH ROW EXECUTE FUNCTION assignment_person_name_set();
--> statement-breakpoint
-- A rename reaches every hat of the person (an import renaming thousands: one statement).
CREATE FUNCTION assignment_person_name_follow() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  update assignments x set person_name = a.name
    from added a join removed r on r.id = a.id
    where x.person_id = a.id and a.name is distinct from r.name;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER people_name_to_assignments AFTER UPDATE ON "people"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION assignment_person_name_follow();
--> statement-breakpoint
UPDATE assignments x SET person_name = p.name FROM people p WHERE p.id = x.person_id;--> statement-breakpoint
CREATE INDEX "assignments_district_name_idx" ON "assignments" USING btree ("district_id","person_name","id");
