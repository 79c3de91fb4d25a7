ALTER TABLE "people" ADD COLUMN "hats" json DEFAULT '[]'::json NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "account_username" text;--> statement-breakpoint
-- A person carries every hat they hold (as `hatsOf` in src/server/core/hat-rows.ts reads them, with
-- the hat's district's time zone) and their account's username: the session's statement on every
-- request and each row of a people page read them with the person, not by two lookups.
-- The people are locked first, in id order, and the copy is computed by the next statement, which
-- (read committed) sees every change a concurrent transaction committed while we waited: two
-- transactions changing one person's hats at once cannot leave a copy without either change.
CREATE FUNCTION people_copies_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
begin
  -- A statement trigger fires for a statement that changed no row: without this, an empty update of
  -- people would fire the copies that follow people (0027), which fire this again, without end.
  if cardinality(ids) = 0 then return; end if;
  perform 1 from people where id = any(ids) order by id for update;
  update people p set hats = c.hats, account_username = c.username
    from (
      select x.id,
        coalesce((select json_agg(array[(a.kind)::text, (a.district_id)::text, (a.school_id)::text, (a.acting)::text,
            (a.starts_on)::text, (a.ends_on)::text, (d.time_zone)::text])
          from assignments a join districts d on d.id = a.district_id where a.person_id = x.id), '[]'::json) as hats,
        (select ac.username from accounts ac where ac.person_id = x.id) as username
      from unnest(ids) as x(id)
    ) c
    where p.id = c.id and (p.hats::text, p.account_username) is distinct from (c.hats::text, c.username);
end $$;
--> statement-breakpoint
CREATE FUNCTION people_copies_from_hats() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'INSERT' then
    perform people_copies_refresh(array(select distinct person_id from added));
  elsif tg_op = 'DELETE' then
    perform people_copies_refresh(array(select distinct person_id from removed));
  else
    -- Only hats that changed: the name copy (`person_name`) a rename writes on every hat is not one.
    -- Both people of a hat moved from one to another.
    perform people_copies_refresh(array(
      select distinct unnest(array[a.person_id, r.person_id]) from added a join removed r on r.id = a.id
        where (a.person_id, a.kind, a.district_id, a.school_id, a.acting, a.starts_on, a.ends_on)
          is distinct from (r.person_id, r.kind, r.district_id, r.school_id, r.acting, r.starts_on, r.ends_on)));
  end if;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER assignments_people_copies_insert AFTER INSERT ON "assignments"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION people_copies_from_hats();
--> statement-breakpoint
CREATE TRIGGER assignments_people_copies_update AFTER UPDATE ON "assignments"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION people_copies_from_hats();
--> statement-breakpoint
CREATE TRIGGER assignments_people_copies_delete AFTER DELETE ON "assignments"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION people_copies_from_hats();
--> statement-breakpoint
CREATE FUNCTION people_copies_from_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'INSERT' then
    perform people_copies_refresh(array(select person_id from added));
  elsif tg_op = 'DELETE' then
    perform people_copies_refresh(array(select person_id from removed));
  else
    perform people_copies_refresh(array(
      select a.person_id from added a join removed r on r.person_id = a.person_id where a.username is distinct from r.username));
  end if;
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER accounts_people_copies_insert AFTER INSERT ON "accounts"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION people_copies_from_accounts();
--> statement-breakpoint
CREATE TRIGGER accounts_people_copies_update AFTER UPDATE ON "accounts"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION people_copies_from_accounts();
--> statement-breakpoint
CREATE TRIGGER accounts_people_copies_delete AFTER DELETE ON "accounts"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION people_copies_from_accounts();
--> statement-breakpoint
-- A district's new time zone reaches the hats of everyone who holds one there.
CREATE FUNCTION people_copies_from_district() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  perform people_copies_refresh(array(select distinct person_id from assignments where district_id = new.id));
  return null;
end $$;
--> statement-breakpoint
CREATE TRIGGER districts_people_copies AFTER UPDATE OF time_zone ON "districts"
  FOR EACH ROW WHEN (old.time_zone IS DISTINCT FROM new.time_zone) EXECUTE FUNCTION people_copies_from_district();
--> statement-breakpoint
SELECT people_copies_refresh(array(select id from people));
