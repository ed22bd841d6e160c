import { createContext, use, useMemo, useState, type ReactNode } from 'react';
import { presenterRequested, urlWithPresenter } from './presenter-url.ts';

export interface Presenter {
  /** Slides for a projector, large type, keys move between slides. */
  presenterMode: boolean;
  /** Secrets locked (the "Lock secrets" switch): every Reveal is off. Always true in presenter mode. */
  presenting: boolean;
  setPresenterMode(on: boolean): void;
  setPresenting(on: boolean): void;
}

// Without a provider (a component test, say) nothing is being presented: Reveal works as usual.
const PresenterContext = createContext<Presenter>({
  presenterMode: false,
  presenting: false,
  setPresenterMode: () => {},
  setPresenting: () => {},
});

export function PresenterProvider({ children }: { children: ReactNode }) {
  const [presenterMode, setPresenterModeState] = useState(() =>
    typeof window === 'undefined' ? false : presenterRequested(window.location.search),
  );
  const [presentingSwitch, setPresentingSwitch] = useState(presenterMode);

  const value = useMemo<Presenter>(
    () => ({
      presenterMode,
      presenting: presenterMode || presentingSwitch,
      setPresenterMode(on) {
        setPresenterModeState(on);
        // Entering locks secrets, and leaving keeps them locked: the screen is probably still shared.
        if (on) setPresentingSwitch(true);
        window.history.replaceState(window.history.state, '', urlWithPresenter(window.location.href, on));
      },
      setPresenting: setPresentingSwitch,
    }),
    [presenterMode, presentingSwitch],
  );
  return <PresenterContext value={value}>{children}</PresenterContext>;
}

export function usePresenter(): Presenter {
  return use(PresenterContext);
}

/** True while a screen may be shared: secrets must not be revealed. */
export function usePresenting(): boolean {
  return use(PresenterContext).presenting;
}
