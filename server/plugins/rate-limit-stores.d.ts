// The two stores @fastify/rate-limit ships, which it gives no types of its own; rate-limit.ts composes them.
declare module '@fastify/rate-limit/store/LocalStore.js' {
  export interface Counted {
    current: number;
    ttl: number;
  }
  export interface Store {
    incr(key: string, callback: (error: Error | null, result?: Counted) => void, timeWindow: number, max: number): void;
    child(routeOptions: object): Store;
  }
  const LocalStore: new (continueExceeding?: boolean, exponentialBackoff?: boolean, cache?: number) => Store;
  export default LocalStore;
}

declare module '@fastify/rate-limit/store/RedisStore.js' {
  import type { Redis } from 'ioredis';
  import type { Store } from '@fastify/rate-limit/store/LocalStore.js';
  const RedisStore: new (continueExceeding: boolean | undefined, exponentialBackoff: boolean | undefined, redis: Redis, key?: string) => Store;
  export default RedisStore;
}
