-- A GIN index on (district, trigrams) needs btree_gin's uuid operator class (PGlite: src/db/client.ts).
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
CREATE TABLE "district_people" (
	"district_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"search_key" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "district_people_district_id_person_id_pk" PRIMARY KEY("district_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "district_people" ADD CONSTRAINT "district_people_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_people" ADD CONSTRAINT "district_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "district_people_person_idx" ON "district_people" USING btree ("person_id");--> statement-breakpoint
-- Each person once in each district of their hats, with their search key. Per statement, as
-- district_search_words (0028): an import writes them in one insert. A hat is ended, not deleted; a
-- deleted or moved one takes the person out of its district once they have no other hat there.
CREATE FUNCTION district_people_from_assignments() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    delete from district_people d
      using (select distinct person_id, district_id from removed) r
      where d.person_id = r.person_id and d.district_id = r.district_id
        and not exists (select 1 from assignments x where x.person_id = r.person_id and x.district_id = r.district_id);
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    insert into district_people (district_id, person_id, search_key, name)
      select distinct a.district_id, a.person_id, p.search_key, p.name from added a join people p on p.id = a.person_id
      on conflict do nothing;
  end if;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER assignments_district_people_insert AFTER INSERT ON "assignments"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION district_people_from_assignments();
--> statement-breakpoint
CREATE TRIGGER assignments_district_people_update AFTER UPDATE ON "assignments"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION district_people_from_assignments();
--> statement-breakpoint
CREATE TRIGGER assignments_district_people_delete AFTER DELETE ON "assignments"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION district_people_from_assignments();
--> statement-breakpoint
-- A new name, NIP or NUPTK reaches each district of the person's hats.
CREATE FUNCTION district_people_follow() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  update district_people d set search_key = a.search_key, name = a.name
    from added a join removed r on r.id = a.id
    where d.person_id = a.id and (a.search_key, a.name) is distinct from (r.search_key, r.name);
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER people_to_district_people AFTER UPDATE ON "people"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION district_people_follow();
--> statement-breakpoint
INSERT INTO district_people (district_id, person_id, search_key, name)
  SELECT DISTINCT x.district_id, x.person_id, p.search_key, p.name FROM assignments x JOIN people p ON p.id = x.person_id
  ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE INDEX "district_people_search_trgm_idx" ON "district_people" USING gin ("district_id","search_key" gin_trgm_ops);
