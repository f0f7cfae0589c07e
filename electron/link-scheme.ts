/**
 * Registers the app with the OS as the handler of mlp-studio:// links, so a link clicked in a
 * browser, chat or e-mail opens in MLP Studio. Installed builds are also registered by their
 * installer (electron-builder.yml `protocols`); this covers development runs and portable copies.
 */
import path from 'node:path';
import { LINK_SCHEME } from './project-links';

/** The part of Electron's app this needs. */
export interface SchemeApp {
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
}

/** The part of the Node process this needs. */
export interface SchemeProcess {
  execPath: string;
  argv: readonly string[];
  /** True when run as `electron <app folder>` (development), not as the packaged app. */
  defaultApp?: boolean;
}

/**
 * Makes this app the default handler of mlp-studio:// links; a development run registers Electron
 * with the app folder as its argument, or the OS would start a bare Electron. Returns whether the OS accepted it.
 */
export function registerLinkScheme(app: SchemeApp, proc: SchemeProcess): boolean {
  if (proc.defaultApp && proc.argv.length >= 2) {
    return app.setAsDefaultProtocolClient(LINK_SCHEME, proc.execPath, [path.resolve(proc.argv[1])]);
  }
  return app.setAsDefaultProtocolClient(LINK_SCHEME);
}
