// The dashboard has its own address, so the owner can open it in a window of its own without the speaker view:
// `/?dashboard` shows only the dashboard (main.tsx checks before starting the notebook).
export const DASHBOARD_ADDRESS = '/?dashboard';

export function isDashboardAddress(search: string): boolean {
  return new URLSearchParams(search).has('dashboard');
}
