/**
 * The CSV worker (a module Web Worker): parses one imported or embedded table off the page's
 * thread, so a 40 M-character table keeps the page responsive; the page terminates it afterwards.
 */
import { parseCsvDataset, type CsvSource } from '../../../src/data/index';
import { type CsvReply, replyTo, transfersOf } from './csv-messages';

const scope = self as unknown as {
  postMessage(message: CsvReply, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<CsvSource>) => void) | null;
};

scope.onmessage = (event) => {
  const reply = replyTo(event.data, parseCsvDataset);
  scope.postMessage(reply, transfersOf(reply));
};
