// The example parameters a named query's header gives, so every query can be run as its reader would first try it.
import type { CypherStatement } from '../../server/src/cypher/library.ts';

/** The parameters a query's header shows: its default, or the value after `e.g.` in its description. */
export function exampleParams(statement: CypherStatement): Record<string, unknown> {
  return Object.fromEntries(
    statement.params.flatMap((p) => {
      const example = /\be\.g\.\s+(\S+)/.exec(p.description)?.[1];
      return p.default !== undefined ? [] : example ? [[p.name, example]] : [];
    }),
  );
}
