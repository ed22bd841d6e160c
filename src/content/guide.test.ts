import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST_URL, DEFAULT_ORG } from '../api/contract.ts';
import { cellGraph } from '../guides/active-guide.ts';
import { codeContextOf } from '../notebook/code-context.ts';
import { guideSections } from './guide.ts';
import { slugify } from './parse-guide.ts';

const markdownTexts = guideSections.flatMap((s) =>
  s.blocks.flatMap((b) => (b.kind === 'markdown' ? [b.text] : [])),
);
// Each cell's code as the app renders it for a session against NVIDIA's host with the default org.
const context = codeContextOf(DEFAULT_HOST_URL, {
  keySource: 'server',
  pastedKey: '',
  org: DEFAULT_ORG,
  acceptUnknownKeyShape: false,
});
const cells = guideSections.flatMap((s) =>
  s.blocks.flatMap((b) =>
    b.kind === 'cell' ? [{ ...b, code: cellGraph.byId.get(b.cellId)?.code(context) ?? '' }] : [],
  ),
);

describe('the guide content', () => {
  it('has the eight sections in order', () => {
    expect(guideSections.map((s) => s.id)).toEqual([
      'introduction',
      'generating-your-api-credentials',
      'storing-your-credentials',
      'testing-your-credentials',
      'refreshing-your-credentials',
      'securing-your-credentials',
      'troubleshooting',
      'conclusion',
    ]);
  });

  it('has the five cells, in order, all in "Testing your credentials", each after an explanation', () => {
    expect(cells.map((c) => [c.cellId, c.title, c.language])).toEqual([
      ['setup', 'Setup', 'python'],
      ['configure', 'Configure', 'python'],
      ['login', 'Login', 'python'],
      ['base-url', 'Base URL and headers', 'python'],
      ['verify', 'Verify', 'python'],
    ]);
    const testing = guideSections.find((s) => s.id === 'testing-your-credentials');
    const kinds = testing?.blocks.map((b) => b.kind);
    expect(kinds?.filter((k) => k === 'cell')).toHaveLength(5);
    kinds?.forEach((kind, i) => {
      if (kind === 'cell') expect(kinds[i - 1]).toBe('markdown');
    });
  });

  // The cell runtime emulates exactly these lines, so drift here must be deliberate.
  it.each([
    ['setup', ['import json', 'import requests', 'import os']],
    [
      'configure',
      [
        'host_url = os.environ.get("MONAI_HOST_URL", "https://api.monai.ngc.nvidia.com")',
        'ngc_api_key = os.environ.get("MONAI_API_KEY", "<YOUR_API_KEY>")',
      ],
    ],
    [
      'login',
      [
        'api_url = f"{host_url}/api/v1"',
        'response = requests.post(f"{api_url}/login", json={"ngc_api_key": ngc_api_key})',
        'response.raise_for_status()',
        'token = response.json()["token"]',
      ],
    ],
    [
      'base-url',
      [
        'ngc_org = "iasixjqzw1hj"',
        'base_url = f"{api_url}/orgs/{ngc_org}"',
        'headers = {"Authorization": f"Bearer {token}"}',
      ],
    ],
    [
      'verify',
      [
        'response = requests.get(f"{base_url}/experiments", headers=headers)',
        'response.raise_for_status()',
        'print(len(response.json()["experiments"]), "experiments")',
      ],
    ],
  ])('cell %s runs the notebook lines', (cellId, lines) => {
    const codeLines = cells.find((c) => c.cellId === cellId)?.code.split('\n');
    for (const line of lines) expect(codeLines).toContain(line);
  });

  it('defines api_url once, in the login cell', () => {
    const definers = cells.filter((c) => /^api_url\s*=/m.test(c.code)).map((c) => c.cellId);
    expect(definers).toEqual(['login']);
  });

  it('only links to anchors that exist', () => {
    const headingIds = markdownTexts.flatMap((t) =>
      [...t.matchAll(/^#{3,6} +(.+)$/gm)].map((m) => slugify(m[1] ?? '')),
    );
    const anchors = new Set([...guideSections.map((s) => s.id), ...headingIds]);
    expect(anchors.size).toBe(guideSections.length + headingIds.length); // no two headings share an id
    const links = markdownTexts.flatMap((t) => [...t.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(anchors).toContain(link);
  });

  it("keeps the original guide's resources and key instructions", () => {
    const all = markdownTexts.join('\n');
    for (const text of [
      'https://docs.nvidia.com/ngc/gpu-cloud/ngc-user-guide/index.html',
      'https://ngc.nvidia.com/setup',
      'https://www.youtube.com/watch?v=yBNt4qSnn0k',
      '```bash\nexport MONAI_API_KEY=<Your NGC API Key>\n```',
      "API_KEY = os.environ.get('MONAI_API_KEY')",
      'nvapi-',
    ]) {
      expect(all).toContain(text);
    }
  });
});
