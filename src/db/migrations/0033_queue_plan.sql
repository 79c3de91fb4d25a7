DROP INDEX "queue_entries_walk_idx";--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "plan_id" uuid;--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "plan_submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "queue_entries" ADD COLUMN "plan_id" uuid;--> statement-breakpoint
ALTER TABLE "queue_entries" ADD COLUMN "plan_submitted_at" timestamp with time zone;--> statement-breakpoint
--> statement-breakpoint
-- The plan's id and submission time ride on its cycle and the cycle's queue entries with its plan
-- status: a queue page of plans in planning is read from the walk alone, with no lookup of each
-- row's plan (a fifth of the Kepala Dinas's queue statement). A cycle made by `insertCycles` takes
-- its plan's id when both are inserted; a plan's submission reaches it through this trigger.
CREATE OR REPLACE FUNCTION cycles_take_plan_status() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  update cycles set plan_status = plan_status_of(new.status, new.version, new.revision), plan_id = new.id,
      plan_submitted_at = new.submitted_at
    where id = new.cycle_id and (plan_status, plan_id, plan_submitted_at)
      is distinct from (plan_status_of(new.status, new.version, new.revision), new.id, new.submitted_at);
  return null;
end $$;
--> statement-breakpoint
DROP TRIGGER documents_plan_status_update ON "documents";
--> statement-breakpoint
CREATE TRIGGER documents_plan_status_update AFTER UPDATE ON "documents"
  FOR EACH ROW WHEN (new.kind = 'plan' AND (old.status IS DISTINCT FROM new.status
    OR (old.version = 1 AND old.revision = 1) <> (new.version = 1 AND new.revision = 1)
    OR old.submitted_at IS DISTINCT FROM new.submitted_at))
  EXECUTE FUNCTION cycles_take_plan_status();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION queue_entries_of_new_cycles() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  insert into queue_entries (viewer_id, period_id, cycle_id, plan_status, name, phase, track, person_id, school_id, nip,
      school_name, plan_id, plan_submitted_at)
    select a.superior_id, a.period_id, a.id, a.plan_status, a.person_name, a.phase, a.track, a.person_id, a.school_id,
      a.person_nip, a.school_name, a.plan_id, a.plan_submitted_at
    from added a where a.superior_id is not null
    on conflict do nothing;
  return null;
end $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION queue_entries_follow_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if old.superior_id is distinct from new.superior_id then
    delete from queue_entries q where q.cycle_id = old.id and q.viewer_id = old.superior_id
      and not exists (select 1 from cycle_assessors ca where ca.cycle_id = old.id and ca.person_id = old.superior_id);
    if new.superior_id is not null then
      insert into queue_entries (viewer_id, period_id, cycle_id, plan_status, name, phase, track, person_id, school_id, nip,
          school_name, plan_id, plan_submitted_at)
        values (new.superior_id, new.period_id, new.id, new.plan_status, new.person_name, new.phase, new.track,
          new.person_id, new.school_id, new.person_nip, new.school_name, new.plan_id, new.plan_submitted_at)
        on conflict do nothing;
    end if;
  end if;
  update queue_entries q set period_id = new.period_id, plan_status = new.plan_status, name = new.person_name,
      phase = new.phase, track = new.track, person_id = new.person_id, school_id = new.school_id,
      nip = new.person_nip, school_name = new.school_name, plan_id = new.plan_id, plan_submitted_at = new.plan_submitted_at
    where q.cycle_id = new.id and (q.period_id, q.plan_status, q.name, q.phase, q.track, q.person_id, q.school_id, q.nip,
        q.school_name, q.plan_id, q.plan_submitted_at)
      is distinct from (new.period_id, new.plan_status, new.person_name, new.phase, new.track, new.person_id, new.school_id,
        new.person_nip, new.school_name, new.plan_id, new.plan_submitted_at);
  return null;
end $$;
--> statement-breakpoint
DROP TRIGGER cycles_queue_update ON "cycles";
--> statement-breakpoint
CREATE TRIGGER cycles_queue_update AFTER UPDATE ON "cycles" FOR EACH ROW
  WHEN ((old.superior_id, old.period_id, old.plan_status, old.person_name, old.phase, old.track, old.person_id, old.school_id,
      old.person_nip, old.school_name, old.plan_id, old.plan_submitted_at)
    IS DISTINCT FROM (new.superior_id, new.period_id, new.plan_status, new.person_name, new.phase, new.track, new.person_id,
      new.school_id, new.person_nip, new.school_name, new.plan_id, new.plan_submitted_at))
  EXECUTE FUNCTION queue_entries_follow_cycle();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION queue_entries_of_assessors() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'INSERT' then
    insert into queue_entries (viewer_id, period_id, cycle_id, plan_status, name, phase, track, person_id, school_id, nip,
        school_name, plan_id, plan_submitted_at)
      select a.person_id, c.period_id, c.id, c.plan_status, c.person_name, c.phase, c.track, c.person_id, c.school_id,
        c.person_nip, c.school_name, c.plan_id, c.plan_submitted_at
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
-- The cycles and entries already there, each written once (the row trigger set apart, as in 0031).
ALTER TABLE "cycles" DISABLE TRIGGER cycles_queue_update;
--> statement-breakpoint
UPDATE cycles c SET plan_id = d.id, plan_submitted_at = d.submitted_at
  FROM documents d WHERE d.cycle_id = c.id AND d.kind = 'plan';
--> statement-breakpoint
ALTER TABLE "cycles" ENABLE TRIGGER cycles_queue_update;
--> statement-breakpoint
UPDATE queue_entries q SET plan_id = c.plan_id, plan_submitted_at = c.plan_submitted_at FROM cycles c
  WHERE c.id = q.cycle_id AND c.plan_id IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "queue_entries_walk_idx" ON "queue_entries" USING btree ("viewer_id","plan_status","period_id","name","cycle_id","person_id","track","school_id","phase","nip","school_name","plan_id","plan_submitted_at");
