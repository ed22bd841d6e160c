// The page's entry: small on purpose. The built index.html already shows the notebook's first screen
// (scripts/vite-plugin-prerender.ts), so the app's scripts are fetched only once that screen is painted: on
// a slow connection they would otherwise compete with the stylesheet for the first paint.
import { afterFirstContentfulPaint } from './content/after-first-paint.ts';
import { speakerRequested } from './presenter/presenter-url.ts';
// Applies a theme the reader chose (kept in localStorage) as the page starts, not when the app has loaded.
import './shell/theme.ts';
import { isDashboardAddress } from './workshop/dashboard-address.ts';
import './app/app.css';

const container = document.getElementById('root')!;
const search = window.location.search;
const otherPage = speakerRequested(search) || isDashboardAddress(search);
// The speaker view and the dashboard are other pages: the notebook's screen must not show in them.
if (otherPage) container.replaceChildren();

/** Resolves in a task of its own, so evaluating one set of modules and the next are separate tasks. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function startPage() {
  // React DOM first, then the app in a later task: evaluating both at once is one long task that holds up
  // any click or key the reader gives the painted page.
  import('react-dom/client')
    .then(nextTask)
    .then(() => import('./app/start-page.tsx'))
    .catch(() => {
    // The server stopped, or the network went away mid-load: say so rather than leave dead buttons.
    const message = document.createElement('p');
    message.className = 'notice';
    message.setAttribute('role', 'alert');
    message.textContent = 'The notebook could not load its scripts. Check your connection and reload the page.';
    container.prepend(message);
  });
}

if (container.hasChildNodes()) afterFirstContentfulPaint(startPage);
else startPage();
