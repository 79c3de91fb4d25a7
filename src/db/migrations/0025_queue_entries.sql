CREATE TABLE "queue_entries" (
	"viewer_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"plan_status" text NOT NULL,
	"name" text NOT NULL,
	"phase" text NOT NULL,
	"track" "cycle_track" NOT NULL,
	"person_id" uuid NOT NULL,
	"school_id" uuid,
	CONSTRAINT "queue_entries_viewer_id_period_id_cycle_id_pk" PRIMARY KEY("viewer_id","period_id","cycle_id")
);
--> statement-breakpoint
ALTER TABLE "queue_entries" ADD CONSTRAINT "queue_entries_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "queue_entries_walk_idx" ON "queue_entries" USING btree ("viewer_id","plan_status","period_id","name","cycle_id","person_id","track","school_id","phase");--> statement-breakpoint
CREATE INDEX "queue_entries_cycle_idx" ON "queue_entries" USING btree ("cycle_id","viewer_id");--> statement-breakpoint
-- A new cycle enters its atasan's queue (its Tim Kinerja members are added after it, below).
CREATE FUNCTION queue_entries_of_new_cycles() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  insert into queue_entries (viewer_id, period_id, cycle_id, plan_status, name, phase, track, person_id, school_id)
    select a.superior_id, a.period_id, a.id, a.plan_status, a.person_name, a.phase, a.track, a.person_id, a.school_id
    from added a where a.superior_id is not null
    on conflict do nothing;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER cycles_queue_insert AFTER INSERT ON "cycles"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION queue_entries_of_new_cycles();
--> statement-breakpoint
-- A cycle's change reaches every queue holding it; a new atasan takes the old one's entry (unless
-- the old one also assesses it as a Tim Kinerja member).
CREATE FUNCTION queue_entries_follow_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if old.superior_id is distinct from new.superior_id then
    delete from queue_entries q where q.cycle_id = old.id and q.viewer_id = old.superior_id
      and not exists (select 1 from cycle_assessors ca where ca.cycle_id = old.id and ca.person_id = old.superior_id);
    if new.superior_id is not null then
      insert into queue_entries (viewer_id, period_id, cycle_id, plan_status, name, phase, track, person_id, school_id)
        values (new.superior_id, new.period_id, new.id, new.plan_status, new.person_name, new.phase, new.track,
          new.person_id, new.school_id)
        on conflict do nothing;
    end if;
  end if;
  update queue_entries q set period_id = new.period_id, plan_status = new.plan_status, name = new.person_name,
      phase = new.phase, track = new.track, person_id = new.person_id, school_id = new.school_id
    where q.cycle_id = new.id and (q.period_id, q.plan_status, q.name, q.phase, q.track, q.person_id, q.school_id)
      is distinct from (new.period_id, new.plan_status, new.person_name, new.phase, new.track, new.person_id, new.school_id);
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER cycles_queue_update AFTER UPDATE ON "cycles" FOR EACH ROW
  WHEN ((old.superior_id, old.period_id, old.plan_status, old.person_name, old.phase, old.track, old.person_id, old.school_id)
    IS DISTINCT FROM (new.superior_id, new.period_id, new.plan_status, new.person_name, new.phase, new.track, new.person_id, new.school_id))
  EXECUTE FUNCTION queue_entries_follow_cycle();
--> statement-breakpoint
-- Tim Kinerja members come and go per cycle (an org refresh writes thousands in one statement).
CREATE FUNCTION queue_entries_of_assessors() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'INSERT' then
    insert into queue_entries (viewer_id, period_id, cycle_id, plan_status, name, phase, track, person_id, school_id)
      select a.person_id, c.period_id, c.id, c.plan_status, c.person_name, c.phase, c.track, c.person_id, c.school_id
      from added a join cycles c on c.id = a.cycle_id
      on conflict do nothing;
  else
    delete from queue_entries q using removed r
      where q.cycle_id = r.cycle_id and q.viewer_id = r.person_id
        and not exists (select 1 from cycles c where c.id = r.cycle_id and c.superior_id = r.person_id);
  end if;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER cycle_assessors_queue_insert AFTER INSERT ON "cycle_assessors"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION queue_entries_of_assessors();
--> statement-breakpoint
CREATE TRIGGER cycle_assessors_queue_delete AFTER DELETE ON "cycle_assessors"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION queue_entries_of_assessors();
--> statement-breakpoint
INSERT INTO queue_entries (viewer_id, period_id, cycle_id, plan_status, name, phase, track, person_id, school_id)
  SELECT v.viewer_id, c.period_id, c.id, c.plan_status, c.person_name, c.phase, c.track, c.person_id, c.school_id
  FROM (SELECT superior_id AS viewer_id, id AS cycle_id FROM cycles WHERE superior_id IS NOT NULL
    UNION SELECT person_id, cycle_id FROM cycle_assessors) v
  JOIN cycles c ON c.id = v.cycle_id
  ON CONFLICT DO NOTHING;
