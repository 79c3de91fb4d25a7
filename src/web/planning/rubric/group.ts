/** Indicators grouped as in the Rapor Pendidikan sub-dimensions, in catalogue order. */
export function byGroup<T extends { group: string }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const i of items) groups.set(i.group, [...(groups.get(i.group) ?? []), i]);
  return [...groups.entries()];
}
