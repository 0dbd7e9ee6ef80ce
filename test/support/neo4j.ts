// The test run's one Neo4j, as a test file sees it: where it is (provided by
// neo4j-global-setup.ts), and a claim that gives this file the database to itself, wiped clean
// first. Neo4j Community has one database and no CREATE DATABASE, so files take turns: the claim
// waits on the run's lock, and the lock passes on when the file's last Neo4j user lets go.
import { connect } from 'node:net';
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';

export type Neo4jTarget = { how: string; uri: string; user: string; password: string; lockPort: number } | { skipped: string; required?: boolean };
export type ReachableNeo4j = Extract<Neo4jTarget, { uri: string }>;

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

/** Where the run's Neo4j is, or why there is none. Outside the api and contract projects: none. */
export function neo4jTarget(): Neo4jTarget {
  return inject('neo4j') ?? { skipped: 'this test project starts no Neo4j' };
}

export function reachableNeo4j(): ReachableNeo4j {
  const target = neo4jTarget();
  if ('skipped' in target) throw new Error(`no Neo4j in this run: ${target.skipped}`);
  return target;
}

/** How long a file may wait for its turn: the other files' Neo4j halves run first. */
export const NEO4J_TURN_TIMEOUT_MS = 15 * 60_000;

let lease: Promise<() => void> | undefined;
let holders = 0;

/**
 * Waits for this file's turn on the run's Neo4j, wipes it on the first claim, and answers a
 * release. Claims made while the file holds the database share it (no second wipe).
 */
export async function claimNeo4j(): Promise<{ target: ReachableNeo4j; release(): Promise<void> }> {
  const target = reachableNeo4j();
  holders += 1;
  lease ??= (async () => {
    const unlock = await takeLock(target.lockPort);
    try {
      await wipeNeo4j(target);
    } catch (error) {
      unlock();
      throw error;
    }
    return unlock;
  })();
  try {
    await lease;
  } catch (error) {
    holders -= 1;
    lease = undefined;
    throw error;
  }
  let released = false;
  return {
    target,
    release: async () => {
      if (released) return;
      released = true;
      holders -= 1;
      if (holders > 0 || !lease) return;
      const unlock = await lease;
      lease = undefined;
      unlock();
    },
  };
}

/** Deletes every node and relationship; constraints and indexes stay (the schema is IF NOT EXISTS). */
export async function wipeNeo4j(target: ReachableNeo4j): Promise<void> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  try {
    const session = driver.session();
    try {
      // Not a statement the app runs, so it has no file in cypher/: the harness's own reset.
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

function takeLock(port: number): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.setEncoding('utf8');
    socket.once('data', () => resolve(() => socket.destroy()));
    socket.once('error', (error) => reject(new Error(`the test run's Neo4j lock did not answer: ${error.message}`)));
  });
}
