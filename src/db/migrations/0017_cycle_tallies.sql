CREATE TABLE "cycle_tallies" (
	"period_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"plan_status" text NOT NULL,
	"shard" integer NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "cycle_tallies_period_id_phase_plan_status_shard_pk" PRIMARY KEY("period_id","phase","plan_status","shard")
);
--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "plan_status" text DEFAULT 'not_started' NOT NULL;--> statement-breakpoint
ALTER TABLE "cycle_tallies" ADD CONSTRAINT "cycle_tallies_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cycles_period_without_superior_idx" ON "cycles" USING btree ("period_id") WHERE superior_id is null;--> statement-breakpoint
-- planStatusOf (src/domain/planning/state.ts) in SQL: a plan never written since it was created
-- (draft, version 1, revision 1) has not been started.
CREATE FUNCTION plan_status_of(status text, version integer, revision integer) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ select case when status is null then 'not_started'
    when status = 'draft' and version = 1 and revision = 1 then 'not_started'
    else status end $$;
--> statement-breakpoint
UPDATE "cycles" c SET "plan_status" = plan_status_of(d.status, d.version, d.revision)
  FROM "documents" d WHERE d.cycle_id = c.id AND d.kind = 'plan'
  AND plan_status_of(d.status, d.version, d.revision) <> 'not_started';
--> statement-breakpoint
-- A plan's status change copies its plan status onto its cycle (an autosave that changes nothing
-- of it does not call the function: the WHEN is evaluated without it).
CREATE FUNCTION cycles_take_plan_status() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  update cycles set plan_status = plan_status_of(new.status, new.version, new.revision)
    where id = new.cycle_id and plan_status is distinct from plan_status_of(new.status, new.version, new.revision);
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER documents_plan_status_insert AFTER INSERT ON "documents"
  FOR EACH ROW WHEN (new.kind = 'plan' AND NOT (new.status = 'draft' AND new.version = 1 AND new.revision = 1))
  EXECUTE FUNCTION cycles_take_plan_status();
--> statement-breakpoint
CREATE TRIGGER documents_plan_status_update AFTER UPDATE ON "documents"
  FOR EACH ROW WHEN (new.kind = 'plan' AND (old.status IS DISTINCT FROM new.status
    OR (old.version = 1 AND old.revision = 1) <> (new.version = 1 AND new.revision = 1)))
  EXECUTE FUNCTION cycles_take_plan_status();
--> statement-breakpoint
-- Tallies: + for every new row version, - for every old one, summed per bucket and shard in one
-- upsert per statement (opening a period for 100,000 people adds a few dozen rows, not 100,000).
CREATE FUNCTION cycle_tallies_add() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'INSERT' then
    insert into cycle_tallies (period_id, phase, plan_status, shard, n)
      select period_id, phase, plan_status, get_byte(uuid_send(id), 15) % 8, count(*) from added
      group by 1, 2, 3, 4
      on conflict (period_id, phase, plan_status, shard) do update set n = cycle_tallies.n + excluded.n;
  elsif tg_op = 'DELETE' then
    insert into cycle_tallies (period_id, phase, plan_status, shard, n)
      select period_id, phase, plan_status, get_byte(uuid_send(id), 15) % 8, -count(*) from removed
      group by 1, 2, 3, 4
      on conflict (period_id, phase, plan_status, shard) do update set n = cycle_tallies.n + excluded.n;
  else
    insert into cycle_tallies (period_id, phase, plan_status, shard, n)
      select period_id, phase, plan_status, shard, sum(n) from (
        select a.period_id, a.phase, a.plan_status, get_byte(uuid_send(a.id), 15) % 8 as shard, 1 as n
          from added a join removed r on r.id = a.id
          where (a.period_id, a.phase, a.plan_status) is distinct from (r.period_id, r.phase, r.plan_status)
        union all
        select r.period_id, r.phase, r.plan_status, get_byte(uuid_send(r.id), 15) % 8, -1
          from added a join removed r on r.id = a.id
          where (a.period_id, a.phase, a.plan_status) is distinct from (r.period_id, r.phase, r.plan_status)
      ) moved group by 1, 2, 3, 4
      order by 1, 2, 3, 4 -- the same lock order in every transaction: no deadlock between two moves
      on conflict (period_id, phase, plan_status, shard) do update set n = cycle_tallies.n + excluded.n;
  end if;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER cycles_tally_insert AFTER INSERT ON "cycles"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION cycle_tallies_add();
--> statement-breakpoint
CREATE TRIGGER cycles_tally_delete AFTER DELETE ON "cycles"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION cycle_tallies_add();
--> statement-breakpoint
CREATE TRIGGER cycles_tally_update AFTER UPDATE ON "cycles"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION cycle_tallies_add();
--> statement-breakpoint
INSERT INTO cycle_tallies (period_id, phase, plan_status, shard, n)
  SELECT period_id, phase, plan_status, get_byte(uuid_send(id), 15) % 8, count(*) FROM cycles GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
-- Every status change rewrites two tally rows: room on each page keeps those HOT updates, and
-- frequent vacuuming keeps a deadline day's dead versions from piling up in a 50-row table.
ALTER TABLE "cycle_tallies" SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
--> statement-breakpoint
-- A plan's status change rewrites its cycle's row: room on the page keeps it a HOT update.
ALTER TABLE "cycles" SET (fillfactor = 90);
