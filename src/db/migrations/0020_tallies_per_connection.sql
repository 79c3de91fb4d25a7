-- A status change moved one count between two tally rows of a shard picked by the cycle's id: with
-- 8 shards and a pool of connections submitting at once, two transactions kept meeting on the same
-- row and one waited for the other's commit (0.64 ms of a submit's 1.09 ms under the load benchmark).
-- The shard is now the connection's: a backend writes its own rows, so concurrent status changes
-- rarely share one. A shard's count can go below zero (a cycle counted in one shard, moved out in
-- another); readers sum over shards, which is all they ever did.
CREATE OR REPLACE FUNCTION cycle_tallies_add() RETURNS trigger LANGUAGE plpgsql AS $$
declare
  mine integer := pg_backend_pid() % 32;
begin
  if tg_op = 'INSERT' then
    insert into cycle_tallies (period_id, phase, plan_status, shard, n)
      select period_id, phase, plan_status, mine, count(*) from added
      group by 1, 2, 3
      order by 1, 2, 3
      on conflict (period_id, phase, plan_status, shard) do update set n = cycle_tallies.n + excluded.n;
  elsif tg_op = 'DELETE' then
    insert into cycle_tallies (period_id, phase, plan_status, shard, n)
      select period_id, phase, plan_status, mine, -count(*) from removed
      group by 1, 2, 3
      order by 1, 2, 3
      on conflict (period_id, phase, plan_status, shard) do update set n = cycle_tallies.n + excluded.n;
  else
    insert into cycle_tallies (period_id, phase, plan_status, shard, n)
      select period_id, phase, plan_status, mine, sum(n) from (
        select a.period_id, a.phase, a.plan_status, 1 as n
          from added a join removed r on r.id = a.id
          where (a.period_id, a.phase, a.plan_status) is distinct from (r.period_id, r.phase, r.plan_status)
        union all
        select r.period_id, r.phase, r.plan_status, -1
          from added a join removed r on r.id = a.id
          where (a.period_id, a.phase, a.plan_status) is distinct from (r.period_id, r.phase, r.plan_status)
      ) moved group by 1, 2, 3
      order by 1, 2, 3 -- the same lock order in every transaction: no deadlock between two moves
      on conflict (period_id, phase, plan_status, shard) do update set n = cycle_tallies.n + excluded.n;
  end if;
  return null;
end $$;
