import { useEffect, useRef, useState } from 'react';
import { SHAREABLE_LINK_CHARS } from '../../../src/project/light';
import { ModalDialog } from '../../ui/ModalDialog';
import { useServices } from '../../app/use-services';
import { CheckboxField } from '../../ui/CheckboxField';
import { tip } from '../../ui/tip';
import { copyText } from './copy-text';
import { setShareDialog, useShareDialog } from './dialog-state';
import { linkBase, linkSize, makeProjectLink, type ProjectLink } from './share-link';
import { SHARE_TIPS } from './share-tips';
import './share.css';
import { PANEL_TEXTS } from '../../help/panel-texts';

const LIMIT = linkSize(SHAREABLE_LINK_CHARS);

const closeShareDialog = () => setShareDialog(null);

/** What the size line says about a link. */
function sizeNote(link: ProjectLink): string {
  const size = linkSize(link.url.length);
  if (link.weightsTooLong !== null) {
    return (
      `${size}, without the trained weights: with them the link would be ${linkSize(link.weightsTooLong)}, ` +
      `over the ${LIMIT} that chat tools and e-mail pass whole. Save a .mlp file to hand over trained weights.`
    );
  }
  if (!link.shareable)
    return (
      `${size}: over the ${LIMIT} that chat tools and e-mail pass whole. It opens from a browser's address ` +
      `bar; to be safe, share the .mlp file.`
    );
  return `${size}${link.withWeights ? ', trained weights included' : ''}: short enough for chat tools, e-mail and every current browser.`;
}

function ShareLinkBody() {
  const { store } = useServices();
  const [withWeights, setWithWeights] = useState(false);
  const [link, setLink] = useState<ProjectLink | null>(null);
  const [status, setStatus] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const copiedOnce = useRef(false);

  const copy = async (url: string) => {
    const done = await copyText(url, field.current);
    setStatus(done ? 'Copied to the clipboard.' : 'Select the link and copy it with Ctrl+C (⌘C on a Mac).');
  };

  useEffect(() => {
    let live = true;
    makeProjectLink(store.getState(), linkBase(window.location), withWeights).then(
      (made) => {
        if (!live) return;
        setLink(made);
        // The command is "Copy link": the first link made is copied straight away.
        if (!copiedOnce.current) {
          copiedOnce.current = true;
          void copy(made.url);
        }
      },
      (error: unknown) =>
        live && setStatus(`Could not make a link: ${error instanceof Error ? error.message : String(error)}`),
    );
    return () => {
      live = false;
    };
  }, [store, withWeights]);

  return (
    <ModalDialog labelledBy="share-title" onClose={closeShareDialog} closeOnOutside>
      <div className="dialog share" data-testid="share-dialog">
        <h2 id="share-title">Share as a link</h2>
        <p className="hint">{PANEL_TEXTS['share.linkHint']}</p>
        <textarea
          ref={field}
          className="share__url"
          readOnly
          rows={4}
          value={link?.url ?? ''}
          aria-label="Link to this project"
          data-testid="share-link-url"
          {...tip(SHARE_TIPS.url)}
          onFocus={(e) => e.target.select()}
        />
        <p
          className="hint"
          data-testid="share-link-size"
          data-chars={link?.url.length ?? 0}
          data-shareable={link?.shareable ?? false}
        >
          {link ? sizeNote(link) : 'Packing the project…'}
        </p>
        <CheckboxField
          label="Include the trained weights"
          testId="share-include-weights"
          checked={withWeights}
          disabled={link !== null && !link.weightsAvailable}
          help={SHARE_TIPS.includeWeights}
          onChange={setWithWeights}
        />
        <p className="share__status" role="status" data-testid="share-status">
          {status}
        </p>
        <div className="dialog__actions">
          <button
            type="button"
            className="button"
            data-testid="share-close"
            {...tip(SHARE_TIPS.close)}
            onClick={closeShareDialog}
          >
            Close
          </button>
          <button
            type="button"
            className="button"
            data-testid="share-copy"
            disabled={!link}
            {...tip(SHARE_TIPS.copy)}
            data-autofocus
            onClick={() => link && void copy(link.url)}
          >
            Copy link
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}

/**
 * The "Share as a link" dialog: the current project's link, copied as it opens, its size against the sharing limit,
 * and the option to carry trained weights.
 */
export function ShareLinkDialog() {
  return useShareDialog() === 'link' ? <ShareLinkBody /> : null;
}
