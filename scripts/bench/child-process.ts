// The bench's servers and its load generator each run in their own Node process, so on a 2-core machine the
// process being measured never shares an event loop with the one measuring it. They talk over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface BenchChild {
  process: ChildProcess;
  /** Sends a message and resolves with the first reply of the given type. */
  ask<T>(message: { type: string } & Record<string, unknown>, replyType: string): Promise<T>;
  stop(): Promise<void>;
}

/** Starts scripts/bench/<name>.ts under tsx and resolves once it reports `ready`, with that message. */
export async function startChild<Ready>(
  name: string,
  options: { env?: Record<string, string>; stdoutFd?: number; nodeArgs?: string[] } = {},
): Promise<{ child: BenchChild; ready: Ready }> {
  const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const child = fork(file, [], {
    execArgv: [...(options.nodeArgs ?? []), '--import', 'tsx'],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', options.stdoutFd ?? 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const nextMessage = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: { type?: string }) => {
        if (message?.type === 'error')
          reject(new Error(`${name}: ${(message as { message?: string }).message}`));
        else if (message?.type === type) resolve(message as T);
        else return;
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      const onExit = (code: number | null) => {
        child.off('message', onMessage);
        reject(new Error(`${name} exited (code ${code}) before it answered "${type}".`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const handle: BenchChild = {
    process: child,
    ask<T>(message: { type: string } & Record<string, unknown>, replyType: string) {
      const reply = nextMessage<T>(replyType);
      child.send(message);
      return reply;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    const ready = await nextMessage<Ready>('ready');
    return { child: handle, ready };
  } catch (error) {
    await handle.stop();
    throw error;
  }
}

/** In a child: reports an uncaught failure to the parent instead of dying silently. */
export function reportFailuresToParent(): void {
  const report = (error: unknown) => {
    process.send?.({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    process.exitCode = 1;
  };
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
  // When the bench itself dies, its children go too.
  process.on('disconnect', () => process.exit(0));
}

/** What a child has used so far: resident memory and CPU time (user + system). */
export interface Usage {
  rssBytes: number;
  cpuMicros: number;
}

/** In a child: answers `usage` messages, so the bench can weigh a process while it is under load. */
export function answerUsageRequests(): void {
  process.on('message', (message: { type?: string }) => {
    if (message.type !== 'usage') return;
    const { user, system } = process.cpuUsage();
    const usage: Usage = { rssBytes: process.memoryUsage().rss, cpuMicros: user + system };
    process.send?.({ type: 'usage', ...usage });
  });
}

export function askUsage(child: BenchChild): Promise<Usage> {
  return child.ask<Usage>({ type: 'usage' }, 'usage');
}
