// `npm run dev` and `npm run preview` take HOST and PORT through the same checked settings as `npm start`.
import { fileURLToPath } from 'node:url';
import { resolveConfig } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';

const CONFIG_FILE = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('vite.config.ts', () => {
  it('listens where HOST and PORT say, for dev and for preview', async () => {
    vi.stubEnv('HOST', '127.0.0.2');
    vi.stubEnv('PORT', '6123');
    const dev = await resolveConfig({ configFile: CONFIG_FILE, logLevel: 'silent' }, 'serve');
    const preview = await resolveConfig(
      { configFile: CONFIG_FILE, logLevel: 'silent' },
      'serve',
      'production',
      'production',
      true,
    );
    expect([dev.server.host, dev.server.port]).toEqual(['127.0.0.2', 6123]);
    expect([preview.preview.host, preview.preview.port]).toEqual(['127.0.0.2', 6123]);
  });

  it('falls back to 127.0.0.1 and the usual ports when they are unset', async () => {
    vi.stubEnv('HOST', '');
    vi.stubEnv('PORT', '');
    const config = await resolveConfig({ configFile: CONFIG_FILE, logLevel: 'silent' }, 'serve');
    expect([config.server.host, config.server.port, config.preview.port]).toEqual(['127.0.0.1', 5173, 4173]);
  });

  it('refuses a PORT that is not a port, in one plain line', async () => {
    vi.stubEnv('PORT', '51 73');
    await expect(resolveConfig({ configFile: CONFIG_FILE, logLevel: 'silent' }, 'serve')).rejects.toThrow(
      'PORT must be a whole number from 0 to 65535, got "51 73".',
    );
  });
});
