DROP INDEX "queue_entries_walk_idx";--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "person_nip" text;--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "school_name" text;--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "superior_name" text;--> statement-breakpoint
ALTER TABLE "queue_entries" ADD COLUMN "nip" text;--> statement-breakpoint
ALTER TABLE "queue_entries" ADD COLUMN "school_name" text;--> statement-breakpoint
--> statement-breakpoint
-- A cycle carries its person's name and NIP, its school's name and its atasan's name: set here
-- whatever the insert or update says (as the name since 0024), so no writer can forget them.
CREATE OR REPLACE FUNCTION cycle_person_name_set() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  select p.name, p.nip into new.person_name, new.person_nip from people p where p.id = new.person_id;
  new.person_name := coalesce(new.person_name, '');
  new.school_name := (select s.name from schools s where s.id = new.school_id);
  new.superior_name := (select p.name from people p where p.id = new.superior_id);
  return new;
end $$;
--> statement-breakpoint
DROP TRIGGER cycles_person_name ON "cycles";
--> statement-breakpoint
CREATE TRIGGER cycles_person_name BEFORE INSERT OR UPDATE OF person_id, school_id, superior_id ON "cycles"
  FOR EACH ROW EXECUTE FUNCTION cycle_person_name_set();
--> statement-breakpoint
-- A rename or a new NIP reaches every cycle of the person, and a rename every cycle they are the
-- atasan of (an import renaming thousands: one statement each).
CREATE OR REPLACE FUNCTION cycle_person_name_follow() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  update cycles c set person_name = a.name, person_nip = a.nip
    from added a join removed r on r.id = a.id
    where c.person_id = a.id and (a.name, a.nip) is distinct from (r.name, r.nip);
  update cycles c set superior_name = a.name
    from added a join removed r on r.id = a.id
    where c.superior_id = a.id and a.name is distinct from r.name;
  return null;
end $$;
--> statement-breakpoint
CREATE FUNCTION cycle_school_name_follow() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  update cycles c set school_name = a.name
    from added a join removed r on r.id = a.id
    where c.school_id = a.id and a.name is distinct from r.name;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER schools_name_to_cycles AFTER UPDATE ON "schools"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION cycle_school_name_follow();
--> statement-breakpoint
-- The queue entries copy the NIP and the school's name with the rest of the cycle (0025).
CREATE OR REPLACE FUNCTION queue_entries_of_new_cycles() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  insert into queue_entries (viewer_id, period_id, cycle_id, plan_status, name, phase, track, person_id, school_id, nip, school_name)
    select a.superior_id, a.period_id, a.id, a.plan_status, a.person_name, a.phase, a.track, a.person_id, a.school_id,
      a.person_nip, a.school_name
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
      insert into queue_entries (viewer_id, period_id, cycle_id, plan_status, name, phase, track, person_id, school_id, nip, school_name)
        values (new.superior_id, new.period_id, new.id, new.plan_status, new.person_name, new.phase, new.track,
          new.person_id, new.school_id, new.person_nip, new.school_name)
        on conflict do nothing;
    end if;
  end if;
  update queue_entries q set period_id = new.period_id, plan_status = new.plan_status, name = new.person_name,
      phase = new.phase, track = new.track, person_id = new.person_id, school_id = new.school_id,
      nip = new.person_nip, school_name = new.school_name
    where q.cycle_id = new.id and (q.period_id, q.plan_status, q.name, q.phase, q.track, q.person_id, q.school_id, q.nip, q.school_name)
      is distinct from (new.period_id, new.plan_status, new.person_name, new.phase, new.track, new.person_id, new.school_id,
        new.person_nip, new.school_name);
  return null;
end $$;
--> statement-breakpoint
DROP TRIGGER cycles_queue_update ON "cycles";
--> statement-breakpoint
CREATE TRIGGER cycles_queue_update AFTER UPDATE ON "cycles" FOR EACH ROW
  WHEN ((old.superior_id, old.period_id, old.plan_status, old.person_name, old.phase, old.track, old.person_id, old.school_id,
      old.person_nip, old.school_name)
    IS DISTINCT FROM (new.superior_id, new.period_id, new.plan_status, new.person_name, new.phase, new.track, new.person_id,
      new.school_id, new.person_nip, new.school_name))
  EXECUTE FUNCTION queue_entries_follow_cycle();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION queue_entries_of_assessors() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'INSERT' then
    insert into queue_entries (viewer_id, period_id, cycle_id, plan_status, name, phase, track, person_id, school_id, nip, school_name)
      select a.person_id, c.period_id, c.id, c.plan_status, c.person_name, c.phase, c.track, c.person_id, c.school_id,
        c.person_nip, c.school_name
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
-- The cycles and entries already there (the row trigger above copies each cycle's to its entries;
-- set apart here so a large district's migration writes each entry once).
ALTER TABLE "cycles" DISABLE TRIGGER cycles_queue_update;
--> statement-breakpoint
UPDATE cycles c SET person_nip = p.nip,
    school_name = (SELECT s.name FROM schools s WHERE s.id = c.school_id),
    superior_name = (SELECT sp.name FROM people sp WHERE sp.id = c.superior_id)
  FROM people p WHERE p.id = c.person_id;
--> statement-breakpoint
ALTER TABLE "cycles" ENABLE TRIGGER cycles_queue_update;
--> statement-breakpoint
UPDATE queue_entries q SET nip = c.person_nip, school_name = c.school_name FROM cycles c
  WHERE c.id = q.cycle_id AND (c.person_nip IS NOT NULL OR c.school_name IS NOT NULL);
--> statement-breakpoint
CREATE INDEX "queue_entries_walk_idx" ON "queue_entries" USING btree ("viewer_id","plan_status","period_id","name","cycle_id","person_id","track","school_id","phase","nip","school_name");
