// Puts an answer in a form two engines can be compared by: object keys sorted, and every array
// sorted (by its normalised JSON) unless the caller names it as ordered, since most arrays in an
// answer are sets (a graph's nodes, a taxon's children) whose order no engine promises.
// Paths name arrays by their keys, with `[]` for "any element": `path`, `rows`, `rows[].nodes`.

export function normalise(value: unknown, ordered: readonly string[] = []): unknown {
  const keep = new Set(ordered);
  const walk = (v: unknown, at: string): unknown => {
    if (Array.isArray(v)) {
      const items = v.map((item) => walk(item, `${at}[]`));
      if (keep.has(at)) return items;
      return items.map((item) => [JSON.stringify(item), item] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item);
    }
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((key) => [key, walk((v as Record<string, unknown>)[key], at ? `${at}.${key}` : key)]),
      );
    }
    return v;
  };
  return walk(value, '');
}
