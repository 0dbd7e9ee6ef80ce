// docker-compose.yml and the Dockerfile, checked without Docker: the compose file's structure
// (Neo4j healthy before the app starts, its data on a named volume, the app wired to it with the
// same password) and that the app's own config schema accepts the environment compose gives it.
// Whether the images build and run is for a machine with Docker; this does not pretend to know.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../../server/src/config.ts';

const root = new URL('../../../', import.meta.url);
const compose = parse(readFileSync(new URL('docker-compose.yml', root), 'utf8'));
const { neo4j, app } = compose.services;

/** What compose does with `${VAR:-default}` when VAR is unset. */
const interpolate = (value: string) => value.replace(/\$\{\w+:-([^}]*)\}/g, (_, fallback: string) => fallback);

describe('docker-compose.yml', () => {
  it('runs Neo4j 5 community with its password from NEO4J_PASSWORD and its data on a named volume', () => {
    expect(neo4j.image).toBe('neo4j:5-community');
    expect(neo4j.environment.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-cladescope-dev}');
    const [volume] = neo4j.volumes[0].split(':');
    expect(neo4j.volumes[0]).toBe(`${volume}:/data`);
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('checks Neo4j health by running a query with the configured credentials', () => {
    expect(neo4j.healthcheck.test.join(' ')).toMatch(/cypher-shell -u neo4j -p .*NEO4J_AUTH.*RETURN 1/);
    expect(neo4j.healthcheck.retries).toBeGreaterThan(0);
  });

  it('builds the app from the Dockerfile and starts it on port 3000 once Neo4j is healthy', () => {
    expect(app.build).toBe('.');
    expect(app.ports).toContain('3000:3000');
    expect(app.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
  });

  it("wires the app to Neo4j with the password Neo4j was given, in a shape the app's config accepts", () => {
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(`neo4j/${app.environment.NEO4J_PASSWORD}`).toBe(neo4j.environment.NEO4J_AUTH);
    const env = Object.fromEntries(Object.entries(app.environment as Record<string, string>).map(([k, v]) => [k, interpolate(v)]));
    expect(loadConfig(env)).toMatchObject({ NEO4J_URI: 'bolt://neo4j:7687', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'cladescope-dev', PORT: 3000 });
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
  const lastStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('builds on node:20-bookworm-slim with npm ci and builds the client', () => {
    expect(dockerfile.match(/^FROM .*/gm)).toEqual(['FROM node:20-bookworm-slim AS build', 'FROM node:20-bookworm-slim']);
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toMatch(/^RUN npm run build:client$/m);
  });

  it('runs the server with tsx as a user other than root', () => {
    expect(lastStage).toMatch(/^USER node$/m);
    expect(lastStage).toMatch(/^CMD \["npx", "tsx", "server\/src\/main.ts"\]$/m);
  });
});
