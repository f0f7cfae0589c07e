import { useEffect, useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog';
import { useServices } from '../../app/use-services';
import { tip } from '../../ui/tip';
import { setShareDialog, useShareDialog } from '../share/dialog-state';
import type { QrPicture } from '../share/qr-code';
import { linkBase, makeProjectLink } from '../share/share-link';
import { SHARE_TIPS } from '../share/share-tips';
import '../share/share.css';

/** Hosts a phone in the room cannot reach: a code pointing there would open nothing. */
const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

const closeQr = () => setShareDialog(null);

type Shown = { picture: QrPicture; url: string } | { error: string };

function LessonQrBody() {
  const { store } = useServices();
  const [shown, setShown] = useState<Shown | null>(null);
  const title = store.getState().view.file.meta.title || store.getState().view.file.name.replace(/\.mlp$/i, '');
  useEffect(() => {
    let live = true;
    makeProjectLink(store.getState(), linkBase(window.location), false)
      // The QR encoder loads with the first code shown: most sessions never draw one.
      .then(async (link) => ({ picture: (await import('../share/qr-code')).qrPicture(link.url), url: link.url }))
      .catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))
      .then((result) => live && setShown(result));
    return () => {
      live = false;
    };
  }, [store]);
  const local = LOCAL_HOSTS.test(window.location.hostname);
  return (
    <ModalDialog label={`QR code of the lesson '${title}'`} onClose={closeQr} closeOnOutside>
      <div className="share-qr" data-testid="lesson-qr-dialog">
        {shown && 'picture' in shown && (
          <svg
            className="share-qr__code"
            viewBox={`0 0 ${shown.picture.side} ${shown.picture.side}`}
            shapeRendering="crispEdges"
            role="img"
            aria-label="QR code of this lesson's link"
            data-testid="lesson-qr"
            data-version={shown.picture.version}
            data-modules={shown.picture.size}
            data-url={shown.url}
          >
            <rect width={shown.picture.side} height={shown.picture.side} fill="#fff" />
            <path d={shown.picture.path} fill="#000" />
          </svg>
        )}
        <p className="share-qr__caption" data-testid="lesson-qr-caption">
          {shown === null
            ? 'Drawing the code…'
            : 'error' in shown
              ? shown.error
              : `Scan to open '${title}' on your own device.`}
          {local &&
            ` This page's address (${window.location.hostname}) only works on this computer: host the web build ` +
              `where the room can reach it.`}
        </p>
        <button
          type="button"
          className="button"
          data-testid="lesson-qr-close"
          {...tip(SHARE_TIPS.qrClose)}
          data-autofocus
          onClick={closeQr}
        >
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

/** The lesson's link as a QR code filling the screen, black on white with its quiet zone, for students to scan from the back of a room. */
export function LessonQrDialog() {
  return useShareDialog() === 'qr' ? <LessonQrBody /> : null;
}

/** The presenter view's button that shows the lesson's QR code. */
export function LessonQrButton() {
  return (
    <button
      type="button"
      className="toolbar-button"
      data-testid="btn-lesson-qr"
      aria-label="QR code of this lesson"
      {...tip(SHARE_TIPS.qr)}
      onClick={() => setShareDialog('qr')}
    >
      QR
    </button>
  );
}
