// Everything the bench starts is stopped at the end, on a failure and on Ctrl-C: each start registers its
// stop here, newest first.
export interface Cleanup {
  /** Registers a stop; the returned function runs it now (once) and unregisters it. */
  defer(stop: () => Promise<void> | void): () => Promise<void>;
  runAll(): Promise<void>;
}

export function createCleanup(onError: (error: unknown) => void = () => {}): Cleanup {
  const stops: (() => Promise<void>)[] = [];
  return {
    defer(stop) {
      let done: Promise<void> | undefined;
      const once = () => (done ??= Promise.resolve().then(stop));
      stops.push(once);
      return async () => {
        const index = stops.indexOf(once);
        if (index >= 0) stops.splice(index, 1);
        await once();
      };
    },
    async runAll() {
      while (stops.length > 0) {
        try {
          await stops.pop()!();
        } catch (error) {
          onError(error);
        }
      }
    },
  };
}
