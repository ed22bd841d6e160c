// Test support: runs a real client (python3, bash, tsx, jupyter) as a child process with only the environment
// given, and checks the clients exist, so a missing one fails the test with a clear line instead of skipping.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const PYTHON = '/usr/bin/python3';
export const TSX = resolve('node_modules/.bin/tsx');

export interface ClientRun {
  code: number | null;
  /** stdout and stderr as they came. */
  output: string;
  /** stderr alone: a client that worked may still have warned. */
  stderr: string;
}

export function runClient(command: string, args: string[], env: Record<string, string>): Promise<ClientRun> {
  return new Promise((done, fail) => {
    // PATH and HOME only: the key reaches the client through MONAI_API_KEY alone.
    const child = spawn(command, args, {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output, stderr });
    });
  });
}

/** The clients the snippet and export tests need, each with the Debian package that provides it. */
const clients: { check: () => boolean; need: string }[] = [
  { check: () => existsSync(PYTHON), need: '/usr/bin/python3 (python3)' },
  {
    check: () => spawnSync(PYTHON, ['-c', 'import requests, nbformat']).status === 0,
    need: 'Python modules requests and nbformat (python3-requests python3-nbformat)',
  },
  { check: () => spawnSync('jq', ['--version']).status === 0, need: 'jq (jq)' },
  { check: () => spawnSync('curl', ['--version']).status === 0, need: 'curl (curl)' },
  { check: () => existsSync(TSX), need: 'tsx (npm install)' },
];

/** Throws, naming what to install, when a client is missing: CI (.ci/run) installs them all. */
export function requireClients(extra: { check: () => boolean; need: string }[] = []): void {
  const missing = [...clients, ...extra].filter((client) => !client.check()).map((client) => client.need);
  if (missing.length > 0) {
    throw new Error(`Missing for the real-client tests: ${missing.join('; ')}. Run .ci/run or install them.`);
  }
}
