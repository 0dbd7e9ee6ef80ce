// Which family each taxon sits in, for colouring. Read once from the store and kept until a
// write changes the graph.
import { detached } from '../request-context.ts';
import type { CypherLibrary } from '../cypher/library.ts';
import type { GraphStore } from '../store/graph-store.ts';
import type { FamilyOf } from './elements.ts';

export class FamilyIndex {
  private cached?: Promise<Map<string, FamilyOf>>;

  constructor(
    private readonly store: GraphStore,
    private readonly library: CypherLibrary,
  ) {}

  async lookup(): Promise<(id: string) => FamilyOf | undefined> {
    // Shared by every request that asks: one client leaving must not cancel it for the others.
    this.cached ??= detached(() => this.load()).catch((error: unknown) => {
      this.cached = undefined;
      throw error;
    });
    const map = await this.cached;
    return (id) => map.get(id);
  }

  invalidate(): void {
    this.cached = undefined;
  }

  private async load(): Promise<Map<string, FamilyOf>> {
    const { rows } = await this.store.read({ text: this.library.get('queries/taxa/families').text });
    const map = new Map<string, FamilyOf>();
    for (const row of rows) {
      if (row.family && !map.has(String(row.id))) map.set(String(row.id), { family: String(row.family), familyName: String(row.familyName) });
    }
    return map;
  }
}
