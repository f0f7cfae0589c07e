import { useState } from 'react';
import { readLinkAddress } from '../../../src/project/light';
import { ModalDialog } from '../../ui/ModalDialog';
import { useServices } from '../../app/use-services';
import { setShareDialog, useShareDialog } from './dialog-state';
import { openProjectLink } from './open-link';
import './share.css';
import { PANEL_TEXTS } from '../../help/panel-texts';

const closeDialog = () => setShareDialog(null);

function OpenLinkBody() {
  const { files, store } = useServices();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');

  const open = () => {
    const read = readLinkAddress(text);
    if ('problem' in read) return setProblem(read.problem);
    closeDialog();
    // The same path as a link in the address bar: unpacked, parsed, and asked about unsaved work first.
    void openProjectLink(read.payload, files, store);
  };

  return (
    <ModalDialog labelledBy="open-link-title" onClose={closeDialog} closeOnOutside>
      <div className="dialog share" data-testid="open-link-dialog">
        <h2 id="open-link-title">Open a link</h2>
        <p className="hint">{PANEL_TEXTS['share.openHint']}</p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            open();
          }}
        >
          <textarea
            className="share__url"
            rows={4}
            value={text}
            data-autofocus
            aria-label="Link to open"
            data-testid="open-link-url"
            onChange={(event) => {
              setText(event.target.value);
              setProblem('');
            }}
          />
          <p className="share__status" role="status" data-testid="open-link-problem">
            {problem}
          </p>
          <div className="dialog__actions">
            <button type="button" className="button" data-testid="open-link-cancel" onClick={closeDialog}>
              Cancel
            </button>
            <button type="submit" className="button" data-testid="open-link-open">
              Open
            </button>
          </div>
        </form>
      </div>
    </ModalDialog>
  );
}

/**
 * The "Open a link" dialog (File › Open Link… in the desktop app): asks for a shared link and opens its project like
 * a link in the address bar.
 */
export function OpenLinkDialog() {
  return useShareDialog() === 'openLink' ? <OpenLinkBody /> : null;
}
