// The worker link: one queue for messages sent before the worker is ready, and requests answered in order.
import { describe, expect, it } from 'vitest';
import { WorkerLink } from './worker-link';
import { FakeWorker, progressAt, readyOn } from './test-support';

function setup() {
  const worker = new FakeWorker();
  const heard: string[] = [];
  const deaths: string[] = [];
  const link = new WorkerLink(worker, {
    report: (report) => heard.push(report.type),
    died: (message) => deaths.push(message),
    deathError: (message) => `run B stopped (${message})`,
  });
  return { worker, link, heard, deaths };
}

describe('WorkerLink', () => {
  it('queues what is sent before the worker is ready and posts the rest at once', () => {
    const { worker, link } = setup();
    link.send({ type: 'play' });
    expect(worker.sent).toEqual([]);
    expect(link.waiting).toEqual([{ type: 'play' }]);
    link.ready = true;
    link.send({ type: 'pause' });
    expect(worker.types()).toEqual(['pause']);
  });

  it('answers each request with the next report of its type, after the owner heard it', async () => {
    const { worker, link, heard } = setup();
    const weights = link.request({ type: 'getWeights' }, 'weights');
    const stepped = link.request({ type: 'step', batches: 2 }, 'progress');
    worker.report(progressAt(2));
    worker.report({ type: 'weights', weights: [] });
    expect((await stepped).step).toBe(2);
    expect((await weights).weights).toEqual([]);
    expect(heard).toEqual(['progress', 'weights']);
    expect(worker.types()).toEqual(['getWeights', 'step']);
  });

  it('fails the waiting requests on an error report, and on the worker dying with the owner’s wording', async () => {
    const { worker, link, deaths } = setup();
    const first = link.expect('ready');
    worker.report({ type: 'error', message: 'shape mismatch', request: 'init' });
    await expect(first).rejects.toThrow('shape mismatch');
    const second = link.expect('grid');
    worker.onerror?.({ message: 'out of memory' });
    await expect(second).rejects.toThrow('run B stopped (out of memory)');
    expect(deaths).toEqual(['out of memory']);
  });

  it('hears nothing once closed: the worker is terminated and waiting requests fail', async () => {
    const { worker, link, heard } = setup();
    const waiting = link.expect('progress');
    link.close('run B was stopped');
    await expect(waiting).rejects.toThrow('run B was stopped');
    expect(worker.terminated).toBe(true);
    worker.report(readyOn('cpu'));
    expect(heard).toEqual([]);
    await expect(link.expect('ready')).rejects.toThrow();
  });
});
