import { describe, expect, it } from 'vitest';
import { createProject, decodeProjectLink, linkPayloadOf, SHAREABLE_LINK_CHARS } from '../../../src/project/index';
import { createAppStore } from '../../store/app-store';
import { DESKTOP_LINK_BASE, linkBase, linkSize, makeProjectLink } from './share-link';

const BASE = 'https://school.example/studio/';
const metrics = [3, 6].map((step) => ({
  step,
  epoch: 0,
  trainLoss: 0.4,
  trainAccuracy: 0.9,
  validationLoss: 0.5,
  validationAccuracy: 0.85,
}));

/** A store whose training slice has read `floats` random weights (random, so they do not compress). */
function trainedStore(floats: number) {
  const store = createAppStore(createProject());
  const values = new Float32Array(floats).map(() => Math.random() * 2 - 1);
  const weights = [{ nodeId: 'dense-1', name: 'kernel', shape: [floats], values }];
  store.getState().applyTrainingUpdate({
    metrics,
    patch: {
      weights,
      weightsAt: { step: 6, epoch: 0 },
      counters: { step: 6, epoch: 0, batchInEpoch: 6, batchesPerEpoch: 10 },
    },
  });
  return { store, values };
}

const projectOf = (url: string) => decodeProjectLink(linkPayloadOf(new URL(url).hash) ?? '');

describe('the current project as a link', () => {
  it('points at this page on the web and at the registered scheme in the desktop app', () => {
    expect(
      linkBase({
        protocol: 'https:',
        origin: 'https://school.example',
        pathname: '/studio/index.html',
        search: '?welcome=1',
      }),
    ).toBe('https://school.example/studio/index.html?welcome=1');
    expect(linkBase({ protocol: 'file:', origin: 'null', pathname: '/opt/app/index.html', search: '' })).toBe(
      DESKTOP_LINK_BASE,
    );
  });

  it('carries the project without weights by default, even when it has some', async () => {
    const { store } = trainedStore(8);
    const link = await makeProjectLink(store.getState(), BASE, false);
    expect(link).toMatchObject({ withWeights: false, weightsAvailable: true, weightsTooLong: null, shareable: true });
    expect(link.url.startsWith(`${BASE}#p=`)).toBe(true);
    const file = await projectOf(link.url);
    expect(file.state).toBeUndefined();
    expect(file.graph).toEqual(store.getState().document.graph);
  });

  it('carries the weights bit for bit (without the history) when asked and short enough', async () => {
    const { store, values } = trainedStore(8);
    const link = await makeProjectLink(store.getState(), BASE, true);
    expect(link).toMatchObject({ withWeights: true, shareable: true });
    const state = (await projectOf(link.url)).state;
    expect(state?.history).toEqual([]);
    expect(state?.step).toBe(6);
    expect(state?.weights[0].shape).toEqual([8]);
    expect(state?.weights[0].data).toBe(Buffer.from(values.buffer).toString('base64'));
  });

  it('leaves weights out and says how long the link would have been when they do not fit', async () => {
    const { store } = trainedStore(4000);
    const link = await makeProjectLink(store.getState(), BASE, true);
    expect(link.withWeights).toBe(false);
    expect(link.weightsTooLong).toBeGreaterThan(SHAREABLE_LINK_CHARS);
    expect(link.url.length).toBeLessThan(SHAREABLE_LINK_CHARS);
    expect((await projectOf(link.url)).state).toBeUndefined();
  });

  it('says that no weights are there to include before training', async () => {
    const link = await makeProjectLink(createAppStore(createProject()).getState(), BASE, true);
    expect(link).toMatchObject({ withWeights: false, weightsAvailable: false, weightsTooLong: null });
  });

  it('writes sizes in bytes and kilobytes', () => {
    expect(linkSize(900)).toBe('900 bytes');
    expect(linkSize(2355)).toBe('2.3 KB');
  });
});
