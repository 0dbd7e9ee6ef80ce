// Chooses the engine from configuration: Neo4j when NEO4J_URI is set, the embedded engine
// otherwise. The only module that knows both adapters.
import type { Config } from '../config.ts';
import { EmbeddedStore } from './embedded/embedded-store.ts';
import type { GraphStore } from './graph-store.ts';
import { Neo4jStore } from './neo4j/neo4j-store.ts';

export function openStore(config: Pick<Config, 'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE' | 'DATA_DIR'>): GraphStore {
  if (config.NEO4J_URI) {
    return Neo4jStore.connect({ uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD ?? '', database: config.NEO4J_DATABASE });
  }
  return EmbeddedStore.open(config.DATA_DIR);
}
