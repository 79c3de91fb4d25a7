CREATE TABLE "assignment_tallies" (
	"district_id" uuid NOT NULL,
	"kind" "assignment_kind" NOT NULL,
	"ends_on" date NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "assignment_tallies_district_id_kind_ends_on_pk" PRIMARY KEY("district_id","kind","ends_on")
);
--> statement-breakpoint
ALTER TABLE "assignment_tallies" ADD CONSTRAINT "assignment_tallies_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- + for every new row version, - for every old one, summed per (district, kind, end date) in one
-- upsert per statement: an import of 100,000 hats adds a few rows, not 100,000.
CREATE FUNCTION assignment_tallies_add() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'INSERT' then
    insert into assignment_tallies (district_id, kind, ends_on, n)
      select district_id, kind, coalesce(ends_on, 'infinity'), count(*) from added group by 1, 2, 3 order by 1, 2, 3
      on conflict (district_id, kind, ends_on) do update set n = assignment_tallies.n + excluded.n;
  elsif tg_op = 'DELETE' then
    insert into assignment_tallies (district_id, kind, ends_on, n)
      select district_id, kind, coalesce(ends_on, 'infinity'), -count(*) from removed group by 1, 2, 3 order by 1, 2, 3
      on conflict (district_id, kind, ends_on) do update set n = assignment_tallies.n + excluded.n;
  else
    insert into assignment_tallies (district_id, kind, ends_on, n)
      select district_id, kind, ends_on, sum(n) from (
        select a.district_id, a.kind, coalesce(a.ends_on, 'infinity') as ends_on, 1 as n
          from added a join removed r on r.id = a.id
          where (a.district_id, a.kind, a.ends_on) is distinct from (r.district_id, r.kind, r.ends_on)
        union all
        select r.district_id, r.kind, coalesce(r.ends_on, 'infinity'), -1
          from added a join removed r on r.id = a.id
          where (a.district_id, a.kind, a.ends_on) is distinct from (r.district_id, r.kind, r.ends_on)
      ) moved group by 1, 2, 3 order by 1, 2, 3
      on conflict (district_id, kind, ends_on) do update set n = assignment_tallies.n + excluded.n;
  end if;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER assignments_tally_insert AFTER INSERT ON "assignments"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION assignment_tallies_add();
--> statement-breakpoint
CREATE TRIGGER assignments_tally_delete AFTER DELETE ON "assignments"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION assignment_tallies_add();
--> statement-breakpoint
CREATE TRIGGER assignments_tally_update AFTER UPDATE ON "assignments"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION assignment_tallies_add();
--> statement-breakpoint
INSERT INTO assignment_tallies (district_id, kind, ends_on, n)
  SELECT district_id, kind, coalesce(ends_on, 'infinity'), count(*) FROM assignments GROUP BY 1, 2, 3;
