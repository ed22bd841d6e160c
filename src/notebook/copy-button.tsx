import { useCopy } from '../shell/use-copy.ts';

/** Copies text to the clipboard and says so in words, not only by colour. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { state, copy } = useCopy();
  return (
    <button type="button" className="button button--small" aria-label={label} onClick={() => void copy(text)}>
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
    </button>
  );
}
