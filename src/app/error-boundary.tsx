import { Component, type ReactNode } from 'react';

/** The last line of defence: a message in plain words instead of a blank page or a stack trace. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="crash" role="alert">
        <h1>The notebook hit a problem it did not expect</h1>
        <p>Nothing was sent anywhere because of it. Reloading the page starts the notebook afresh.</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload the notebook
        </button>
      </main>
    );
  }
}
