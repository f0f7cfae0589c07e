/** Tooltips of the share-as-a-link controls and the lesson's QR code: one sentence each. */
import { SHAREABLE_LINK_CHARS } from '../../../src/project/light';

const LIMIT_KB = SHAREABLE_LINK_CHARS / 1024;

export const SHARE_TIPS = {
  copyLink:
    'Copy a link that opens this project, lesson steps and locks included, in any browser; ' +
    'the project travels inside the link, no server is involved.',
  url:
    'The link: paste it into a chat, an e-mail or a browser’s address bar; opening it loads this project ' +
    '(after asking about unsaved changes).',
  includeWeights:
    `Also carry the trained weights (not the training history), when the link stays under ` +
    `${LIMIT_KB} KB (longer links are cut by chat tools and e-mail); otherwise save a .mlp file.`,
  copy: 'Copy the link to the clipboard.',
  close: 'Close this dialog.',
  qr: 'Show a large QR code of this lesson’s link, for students to scan from their seats.',
  qrClose: 'Close the QR code (Escape).',
} as const;
