import { useEffect, useRef, useState } from 'react';

/**
 * `text` for an aria-live region, changed at most once per `minGapMs`: the latest text wins, so a busy room is
 * summed up now and then rather than read out at every report.
 */
export function usePoliteAnnouncement(text: string, minGapMs: number): string {
  const [announced, setAnnounced] = useState('');
  const lastAt = useRef(0);
  useEffect(() => {
    if (text === announced) return;
    const wait = Math.max(0, lastAt.current + minGapMs - Date.now());
    const timer = setTimeout(() => {
      lastAt.current = Date.now();
      setAnnounced(text);
    }, wait);
    return () => clearTimeout(timer);
  }, [text, announced, minGapMs]);
  return announced;
}
