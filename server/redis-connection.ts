// The server's one Redis connection (REDIS_URL), shared by the login rate limit and the workshop room.
import { Redis } from 'ioredis';
import { ServerEnvError } from './env.ts';

/** host:port only: REDIS_URL may hold a password, which is never printed. */
export function redisDisplayName(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || '6379'}`;
}

/**
 * Connects, or fails start-up in one line. Afterwards a lost connection does not queue commands: they fail at
 * once (the login limit falls back to memory, a report answers 503) while ioredis reconnects.
 */
export async function connectRedis(url: string, onError: (message: string) => void): Promise<Redis> {
  const where = redisDisplayName(url);
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
  });
  let lastMessage = '';
  redis.on('error', (error: Error) => {
    // Reconnection repeats the same error every few hundred ms; say it once per change.
    const message = `Redis at ${where}: ${error.message.replaceAll(url, where)}`;
    if (message !== lastMessage) onError(message);
    lastMessage = message;
  });
  redis.on('ready', () => (lastMessage = ''));
  try {
    await redis.connect();
  } catch {
    redis.disconnect();
    throw new ServerEnvError(`Cannot reach Redis at ${where} (REDIS_URL): is it running?`);
  }
  return redis;
}
