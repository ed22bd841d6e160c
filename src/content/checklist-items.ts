export interface ChecklistItem {
  id: string;
  text: string;
}

/** Reads the "- item-id: text" lines of a ```widget=checklist fence; other lines are ignored. */
export function parseChecklistItems(lines: string[]): ChecklistItem[] {
  return lines.flatMap((line) => {
    const match = /^-\s+([a-z0-9-]{1,40}):\s+(.+)$/.exec(line);
    return match?.[1] && match[2] ? [{ id: match[1], text: match[2] }] : [];
  });
}
