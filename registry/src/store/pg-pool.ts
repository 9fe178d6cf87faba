/**
 * A pg pool for kysely whose idle connections may have been dropped by the server.
 *
 * PostgreSQL closes a connection on restart, failover or `pg_terminate_backend`. The pool removes an
 * idle client only when its socket reports the close, and a query that checks the client out first
 * fails with 57P01 "terminating connection due to administrator command" (measured: the first query
 * after terminating every backend failed on 20 of 20 tries). A request must not fail for that.
 *
 * Only the first statement of a checkout is run again, on the next connection: nothing ran before
 * it on this checkout (no transaction is open), and a statement that failed because its connection
 * was lost was aborted by the server with it. Later statements are not repeated; their error reaches
 * the caller, which answers 503 (see connectionLost).
 */
import type pg from 'pg';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/** SQLSTATE codes of a connection the server ended or cannot give now */
const LOST_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
/** socket errors of a connection that is gone or never came */
const SOCKET_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTCONN']);
/** what node-postgres throws itself when the socket closed under a client */
const LOST_MESSAGE =
  /^(Connection terminated|Client has encountered a connection error|Client was closed)/;

/**
 * Whether an error means a connection was lost or refused, not that the statement was wrong:
 * 'database' when PostgreSQL or node-postgres says so, 'socket' for a bare socket error, else false.
 */
export function connectionLost(e: unknown): 'database' | 'socket' | false {
  if (typeof e !== 'object' || e === null) return false;
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    // class 08 is "connection exception"
    if (LOST_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return 'database';
    if (SOCKET_CODES.has(code)) return 'socket';
  }
  return typeof message === 'string' && LOST_MESSAGE.test(message) ? 'database' : false;
}

class RetryingClient implements PostgresPoolClient {
  private first = true;

  constructor(
    private readonly pool: pg.Pool,
    private client: pg.PoolClient,
  ) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters?: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    const first = this.first;
    this.first = false;
    if (typeof sqlOrCursor !== 'string')
      return (this.client.query as (c: unknown) => PostgresCursor<R>)(sqlOrCursor);
    const run = () =>
      this.client.query(sqlOrCursor, parameters as unknown[]) as unknown as Promise<
        PostgresQueryResult<R>
      >;
    if (!first) return run();
    return this.retry(run);
  }

  /**
   * The first statement met a lost connection: every other idle connection was most likely lost
   * with it, so try the next one, destroying each dead one, until a new or live connection answers.
   * Bounded by the idle count at the first failure plus one new connection.
   */
  private async retry<T>(run: () => Promise<T>): Promise<T> {
    let left: number | undefined;
    for (;;) {
      try {
        return await run();
      } catch (e) {
        left ??= this.pool.idleCount + 1;
        if (!connectionLost(e) || left-- <= 0) throw e;
        // the pool destroys a client released with an error instead of keeping it
        this.client.release(e as Error);
        this.client = await this.pool.connect();
      }
    }
  }

  release(): void {
    this.client.release();
  }
}

/** `pool` for kysely's PostgresDialect: each checkout repeats its first statement once on a lost connection */
export function retryingPool(pool: pg.Pool): PostgresPool {
  return {
    connect: async () => new RetryingClient(pool, await pool.connect()),
    end: () => pool.end(),
  };
}
