import { Fragment } from 'react';
import { keyboardShortcuts, tabOrder } from './keyboard-shortcuts.ts';
import { ModalDialog } from './modal-dialog.tsx';

/** The "Keyboard shortcuts" help, opened with ? or its button. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog title="Keyboard shortcuts" className="dialog--shortcuts" onClose={onClose}>
      {keyboardShortcuts.map((group) => (
        <section key={group.title} className="shortcuts__group" aria-label={group.title}>
          <h3>{group.title}</h3>
          <dl className="shortcuts">
            {group.shortcuts.map((shortcut) => (
              <div key={shortcut.what} className="shortcuts__row">
                <dt>
                  {shortcut.keys.map((key, index) => (
                    <Fragment key={key}>
                      {index > 0 && <span className="shortcuts__or"> or </span>}
                      <kbd>{key}</kbd>
                    </Fragment>
                  ))}
                </dt>
                <dd>{shortcut.what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <h3>Tab order</h3>
      <p>{tabOrder}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
