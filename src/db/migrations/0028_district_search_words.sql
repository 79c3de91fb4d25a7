CREATE TABLE "district_search_words" (
	"person_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"suffix" text NOT NULL,
	CONSTRAINT "district_search_words_person_id_district_id_suffix_pk" PRIMARY KEY("person_id","district_id","suffix")
);
--> statement-breakpoint
ALTER TABLE "district_search_words" ADD CONSTRAINT "district_search_words_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_search_words" ADD CONSTRAINT "district_search_words_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "district_search_words_suffix_idx" ON "district_search_words" USING btree ("district_id",("suffix" collate "C"),"person_id");--> statement-breakpoint
CREATE INDEX "assignments_district_person_name_idx" ON "assignments" USING btree ("district_id","person_name","person_id");--> statement-breakpoint
-- A person's words in each district of their hats. Per statement, as person_search_words_sync (0021),
-- so an import writes them in one insert. A hat is ended, not deleted; a deleted or moved one takes
-- its district's words along once the person has no other hat there.
CREATE FUNCTION district_search_words_from_assignments() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'UPDATE' then
    delete from district_search_words d
      using (select distinct r.person_id, r.district_id from removed r join added a on a.id = r.id
        where (a.person_id, a.district_id) is distinct from (r.person_id, r.district_id)) r
      where d.person_id = r.person_id and d.district_id = r.district_id
        and not exists (select 1 from assignments x where x.person_id = r.person_id and x.district_id = r.district_id);
    insert into district_search_words (person_id, district_id, suffix)
      select distinct a.person_id, a.district_id, w.suffix from added a join removed r on r.id = a.id
        join person_search_words w on w.person_id = a.person_id
      where (a.person_id, a.district_id) is distinct from (r.person_id, r.district_id)
      on conflict do nothing;
  elsif tg_op = 'DELETE' then
    delete from district_search_words d
      using (select distinct person_id, district_id from removed) r
      where d.person_id = r.person_id and d.district_id = r.district_id
        and not exists (select 1 from assignments x where x.person_id = r.person_id and x.district_id = r.district_id);
  else
    insert into district_search_words (person_id, district_id, suffix)
      select distinct a.person_id, a.district_id, w.suffix from added a join person_search_words w on w.person_id = a.person_id
      on conflict do nothing;
  end if;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER assignments_search_words_insert AFTER INSERT ON "assignments"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION district_search_words_from_assignments();
--> statement-breakpoint
CREATE TRIGGER assignments_search_words_update AFTER UPDATE ON "assignments"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION district_search_words_from_assignments();
--> statement-breakpoint
CREATE TRIGGER assignments_search_words_delete AFTER DELETE ON "assignments"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION district_search_words_from_assignments();
--> statement-breakpoint
-- A person's new or dropped words (a rename, a new NIP) reach each district of their hats.
CREATE FUNCTION district_search_words_from_words() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'DELETE' then
    delete from district_search_words d using removed r where d.person_id = r.person_id and d.suffix = r.suffix;
  else
    insert into district_search_words (person_id, district_id, suffix)
      select distinct n.person_id, x.district_id, n.suffix from added n join assignments x on x.person_id = n.person_id
      on conflict do nothing;
  end if;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER person_search_words_to_districts_insert AFTER INSERT ON "person_search_words"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION district_search_words_from_words();
--> statement-breakpoint
CREATE TRIGGER person_search_words_to_districts_delete AFTER DELETE ON "person_search_words"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION district_search_words_from_words();
--> statement-breakpoint
INSERT INTO district_search_words (person_id, district_id, suffix)
  SELECT DISTINCT x.person_id, x.district_id, w.suffix FROM assignments x JOIN person_search_words w ON w.person_id = x.person_id
  ON CONFLICT DO NOTHING;
