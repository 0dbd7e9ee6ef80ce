// loadConfig: the environment validated once at start, with messages that name the variable.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/src/config.ts';

describe('loadConfig', () => {
  it('runs on the embedded engine on port 3000 with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './data' });
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it('refuses NEO4J_URI without NEO4J_PASSWORD, naming the variable', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_PASSWORD: NEO4J_PASSWORD is required/);
  });

  it('refuses a NEO4J_URI that is not a Bolt or Neo4j address', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI: must look like neo4j:\/\//);
  });

  it('refuses a PORT that is not a port number', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('listens on loopback by default and validates the limits it adds', () => {
    expect(loadConfig({})).toMatchObject({ HOST: '127.0.0.1', CONSOLE_MEMORY_MB: 512, CONSOLE_PARSE_BUDGET_MS: 5000, SHUTDOWN_GRACE_MS: 10_000 });
    expect(() => loadConfig({ WRITE_TOKEN: 'short' })).toThrow(/WRITE_TOKEN: must be at least 16 characters/);
    expect(() => loadConfig({ CONSOLE_MEMORY_MB: '10' })).toThrow(/CONSOLE_MEMORY_MB/);
  });
});
