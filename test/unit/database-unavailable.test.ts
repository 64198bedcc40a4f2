import { createServer, type Server, type Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { FastifyError } from 'fastify';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseUnavailable, toErrorBody } from '../../server/errors.js';

/**
 * The failures node-postgres reports when the server is not there to answer, produced for real
 * against small TCP servers that misbehave as a dead or restarting PostgreSQL does: each is a 503,
 * and what is kept of it names no query parameter.
 */

const servers: Server[] = [];
const sockets = new Set<Socket>();
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A server that accepts connections and then does what `onSocket` says (nothing, or hang up). */
async function fakeServer(onSocket: (socket: Socket) => void) {
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    onSocket(socket);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `postgres://postgres@127.0.0.1:${(server.address() as { port: number }).port}/undersigned`;
}

async function failureOf(pool: pg.Pool, query = sql`select ${'A Signer'}::text`) {
  pool.on('error', () => {});
  try {
    await drizzle(pool).execute(query);
  } catch (err) {
    return err as FastifyError;
  } finally {
    await pool.end().catch(() => undefined);
  }
  throw new Error('the query succeeded');
}

describe('connection-level failures of node-postgres', () => {
  it('a server that never answers: the pool gives up connecting', async () => {
    const url = await fakeServer(() => {});
    const err = await failureOf(new pg.Pool({ connectionString: url, connectionTimeoutMillis: 100 }));
    expect(toErrorBody(err)).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(databaseUnavailable(err)).toMatchObject({ message: expect.stringMatching(/^Connection terminated due to connection timeout/) });
  });

  it('a server that hangs up: the connection is terminated unexpectedly', async () => {
    const url = await fakeServer((socket) => socket.once('data', () => socket.destroy()));
    const err = await failureOf(new pg.Pool({ connectionString: url }));
    expect(toErrorBody(err)).toMatchObject({ statusCode: 503 });
    expect(databaseUnavailable(err)).toMatchObject({ message: 'Connection terminated unexpectedly' });
  });

  it('a full pool that does not free a connection in time', async () => {
    const url = await fakeServer(() => {});
    const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 200 });
    pool.on('error', () => {});
    const first = pool.connect().catch(() => undefined); // takes the only slot, and hangs
    const err = await failureOf(pool);
    await first;
    expect(toErrorBody(err)).toMatchObject({ statusCode: 503 });
    expect(databaseUnavailable(err)).toMatchObject({ message: expect.stringMatching(/^(timeout exceeded when trying to connect|Connection terminated)/) });
  });

  it('nothing listening: refused', async () => {
    const url = await fakeServer(() => {});
    // Closed, and no longer listening, once its callback runs.
    await new Promise((r) => servers.splice(0)[0]!.close(r));
    const err = await failureOf(new pg.Pool({ connectionString: url }));
    expect(toErrorBody(err)).toMatchObject({ statusCode: 503 });
    expect(databaseUnavailable(err)).toMatchObject({ code: 'ECONNREFUSED' });
    expect(JSON.stringify(databaseUnavailable(err))).not.toContain('A Signer');
  });

  it('errors that are not about the connection are not 503', () => {
    expect(databaseUnavailable(new Error('duplicate key value violates unique constraint'))).toBeUndefined();
    expect(databaseUnavailable(Object.assign(new Error('division by zero'), { code: '22012' }))).toBeUndefined();
    expect(databaseUnavailable('a string')).toBeUndefined();
  });
});
