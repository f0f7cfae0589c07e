/**
 * The one way main answers the renderer: `handle(channel, schema, fn)` checks that the call comes
 * from the app's own top-level page, validates the payload with zod, runs fn, and always returns
 * an IpcResult (errors as values, so nothing is thrown across IPC).
 */
import type { IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { IpcResult } from '../src/ipc/contract';

/** The part of Electron's ipcMain this module uses (injected, so it is tested without Electron). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/** The part of an IPC event the sender check reads. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Why a call must be refused: null when it comes from the app's own top-level page. */
export function senderProblem(event: SenderEvent, isAppUrl: (url: string) => boolean): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'the page that sent it is gone';
  // Only the top-level page is the app; a subframe could hold anything.
  if (frame.parent !== null) return `it came from a subframe (${frame.url})`;
  if (!isAppUrl(frame.url)) return `it came from ${frame.url || 'an unknown page'}, not from the app's own page`;
  return null;
}

/** A readable summary of why a payload failed its schema, naming the offending fields. */
function describeInvalidPayload(channel: string, error: z.ZodError): string {
  return `The request to ${channel} was malformed and was ignored:\n${z.prettifyError(error)}`;
}

/** Registers validated IPC handlers on ipcMain; see `handle`. */
export interface IpcRegistry {
  /**
   * Answers `channel` with fn's value as `{ ok: true, value }`; a foreign sender, a payload that
   * fails `schema`, or an error thrown by fn gives `{ ok: false, error: { message } }` instead.
   */
  handle<S extends z.ZodType, T>(channel: string, schema: S, fn: (request: z.output<S>) => Promise<T> | T): void;
}

/** Creates the registry over `ipcMain`; `isAppUrl` decides which pages may call; `log` hears every refused or failed call. */
export function createIpcRegistry(
  ipcMain: IpcMainLike,
  isAppUrl: (url: string) => boolean,
  log: (message: string) => void = (message) => console.warn(message),
): IpcRegistry {
  return {
    handle(channel, schema, fn) {
      ipcMain.handle(channel, async (event, ...args): Promise<IpcResult<unknown>> => {
        const problem = senderProblem(event, isAppUrl);
        if (problem) {
          log(`Refused IPC call to ${channel}: ${problem}.`);
          return { ok: false, error: { message: `Request to ${channel} refused: ${problem}.` } };
        }
        if (args.length !== 1) {
          log(`Refused IPC call to ${channel}: it carried ${args.length} payloads instead of one.`);
          return {
            ok: false,
            error: {
              message: `The request to ${channel} must carry exactly one payload object; it carried ${args.length}.`,
            },
          };
        }
        const parsed = schema.safeParse(args[0]);
        if (!parsed.success) {
          log(`Refused IPC call to ${channel}: malformed payload.`);
          return { ok: false, error: { message: describeInvalidPayload(channel, parsed.error) } };
        }
        try {
          return { ok: true, value: await fn(parsed.data) };
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          log(`IPC call to ${channel} failed: ${message}`);
          return { ok: false, error: { message } };
        }
      });
    },
  };
}
