// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guideSections } from '../content/guide.ts';
import { progressStore } from '../progress/progress-store.ts';
import { ExportActions } from './export-actions.tsx';
import { finishedSession, HOST, TEST_JWT, TEST_PERSONAL_KEY } from './export-test-session.ts';

/** What the page handed to the browser's download: the file name, its text and its object URL. */
interface Download {
  name: string;
  url: string;
  blob: Blob;
}

let downloads: Download[];

/** jsdom's Blob has no text(); FileReader reads it the way browsers did before. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
let blobs: Map<string, Blob>;

beforeEach(() => {
  downloads = [];
  blobs = new Map();
  // jsdom has no object URLs and does not download on click: record both.
  let next = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${++next}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn((url: string) => void blobs.delete(url));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, url: this.href, blob });
  });
});

afterEach(() => {
  cleanup();
  progressStore.reset();
  vi.useRealTimers();
});

function renderActions(mode: 'live' | 'demo' = 'live') {
  render(<ExportActions state={finishedSession()} sections={guideSections} mode={mode} hostUrl={HOST} />);
}

describe('ExportActions', () => {
  it('downloads this session as an .ipynb with the key and token redacted', async () => {
    const user = userEvent.setup();
    renderActions();
    await user.click(screen.getByRole('button', { name: 'Download notebook' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));

    const [download] = downloads;
    expect(download?.name).toBe('Generating and Managing Your Credentials.ipynb');
    expect(download?.blob.type).toBe('application/x-ipynb+json');
    const json = await readText(download!.blob);
    const notebook = JSON.parse(json) as { nbformat: number; nbformat_minor: number; cells: unknown[] };
    expect([notebook.nbformat, notebook.nbformat_minor]).toEqual([4, 5]);
    expect(json).toContain('User ID c0ffee00-1111-4222-8333-444455556666');
    expect(json).not.toContain(TEST_PERSONAL_KEY);
    expect(json).not.toContain(TEST_JWT);
    expect(screen.getByRole('status').textContent).toBe(
      'Downloaded "Generating and Managing Your Credentials.ipynb", with secrets redacted.',
    );
    // The link element used for the download does not stay in the page.
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('revokes the object URL once the browser has had time to read it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderActions();
    await user.click(screen.getByRole('button', { name: 'Download notebook' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(downloads[0]?.url);
  });

  it('writes the learner’s checklist ticks into the file', async () => {
    const user = userEvent.setup();
    progressStore.update((progress) => ({ ...progress, checklists: { securing: ['sharing'] } }));
    renderActions('demo');
    await user.click(screen.getByRole('button', { name: 'Download notebook' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const json = await readText(downloads[0]!.blob);
    expect(json).toContain('- [x] I share credentials only with people and teams I trust');
    expect(json).toContain('demo mode');
  });

  it('says so when the file cannot be built', async () => {
    const user = userEvent.setup();
    URL.createObjectURL = vi.fn(() => {
      throw new Error('blocked');
    });
    renderActions();
    await user.click(screen.getByRole('button', { name: 'Download notebook' }));
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('The notebook could not be built. Try again.'),
    );
  });

  it('links to the original in Colab, in a new tab that says so', () => {
    renderActions();
    const link = screen.getByRole('link', { name: 'Open original in Colab (opens in a new tab)' });
    expect(link.getAttribute('href')).toBe(
      'https://colab.research.google.com/github/NVIDIA/monai-cloud-api/blob/main/notebooks/Generating%20and%20Managing%20Your%20Credentials.ipynb',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
