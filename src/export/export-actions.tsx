import { useRef, useState } from 'react';
import type { NotebookState } from '../notebook/notebook-state.ts';
import type { GuideSection } from '../content/parse-guide.ts';
import { progressStore } from '../progress/progress-store.ts';
import { EXPORT_FILE_NAME, ORIGINAL_NOTEBOOK_COLAB_URL } from './original-notebook.ts';
import './export-actions.css';

// Some browsers still read the blob after click() returns; browser-fs-access waits 30 s before revoking too.
const REVOKE_AFTER_MS = 30_000;

type ExportStatus = 'idle' | 'done' | 'failed';

const statusText: Record<ExportStatus, string> = {
  idle: '',
  done: `Downloaded "${EXPORT_FILE_NAME}", with secrets redacted.`,
  failed: 'The notebook could not be built. Try again.',
};

/** "Download notebook" (this session as .ipynb, secrets redacted) and a link to NVIDIA's original in Colab. */
export function ExportActions({
  state,
  sections,
  mode,
  hostUrl,
}: {
  state: NotebookState;
  sections: readonly GuideSection[];
  mode: 'live' | 'demo';
  hostUrl: string;
}) {
  const [status, setStatus] = useState<ExportStatus>('idle');
  const busy = useRef(false);

  const download = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      // A chunk of its own: nobody pays for the generator until they ask for a file.
      const { notebookToIpynb } = await import('./notebook-to-ipynb.ts');
      const notebook = notebookToIpynb(sections, state, {
        exportedAt: new Date(),
        mode,
        hostUrl,
        checklists: progressStore.get().checklists,
      });
      // Jupyter writes one-space indentation and a final newline; so does this, so diffs stay small.
      const blob = new Blob([`${JSON.stringify(notebook, null, 1)}\n`], { type: 'application/x-ipynb+json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = EXPORT_FILE_NAME;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
      setStatus('done');
    } catch {
      setStatus('failed');
    } finally {
      busy.current = false;
    }
  };

  return (
    <div className="export-actions" role="group" aria-label="Export">
      <button type="button" className="button" onClick={() => void download()}>
        Download notebook
      </button>
      <a className="button" href={ORIGINAL_NOTEBOOK_COLAB_URL} target="_blank" rel="noopener noreferrer">
        Open original in Colab <span className="export-actions__hidden">(opens in a new tab)</span>
        <span aria-hidden="true">↗</span>
      </a>
      <span role="status" className="export-actions__status">
        {statusText[status]}
      </span>
    </div>
  );
}
