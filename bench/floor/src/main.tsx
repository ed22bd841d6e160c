// The floor for issue 5's page budgets: the least a page built from the notebook's own libraries can weigh
// and paint. It renders a little GFM markdown through React Query, so every library is really used.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

const GUIDE = `# Generating your credentials

1. Generate a **personal key** that starts with \`nvapi-\`.
2. Log in with it to get a token.

| Step | Call |
| --- | --- |
| Login | \`POST /api/v1/login\` |
| Verify | \`GET /experiments\` |

- [x] key set
- [ ] token fetched
`;

function Guide() {
  const { data } = useQuery({ queryKey: ['guide'], queryFn: () => Promise.resolve(GUIDE) });
  return data === undefined ? null : <Markdown remarkPlugins={[remarkGfm]}>{data}</Markdown>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <main>
        <Guide />
      </main>
    </QueryClientProvider>
  </StrictMode>,
);
