import { describe, expect, it, vi } from 'vitest';
import {
  createDialogs,
  type DialogApi,
  saveDialogOptions,
  unsavedChangesOptions,
  unsavedChoice,
  withProjectExtension,
} from './dialogs';

function fakeDialog(overrides: Partial<DialogApi> = {}): DialogApi {
  return {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    showMessageBox: vi.fn(async () => ({ response: 2 })),
    showErrorBox: vi.fn(),
    ...overrides,
  };
}

describe('project dialogs', () => {
  it("asks about unsaved changes with Save, Don't Save and Cancel, Escape meaning Cancel", () => {
    const options = unsavedChangesOptions('Moons', 'closing');
    expect(options.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(options.buttons![options.cancelId!]).toBe('Cancel');
    expect(options.buttons![options.defaultId!]).toBe('Save');
    expect(options.message).toContain('"Moons"');
    expect([0, 1, 2, 7, -1].map(unsavedChoice)).toEqual(['save', 'discard', 'cancel', 'cancel', 'cancel']);
  });

  it('filters for .mlp and always returns a save path ending in .mlp', async () => {
    expect(withProjectExtension('/p/net')).toBe('/p/net.mlp');
    expect(withProjectExtension('/p/net.MLP')).toBe('/p/net.MLP');
    expect(saveDialogOptions('Moons')).toMatchObject({ defaultPath: 'Moons.mlp', filters: [{ extensions: ['mlp'] }] });
    const dialogs = createDialogs(
      fakeDialog({ showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/p/moons' })) }),
    );
    await expect(dialogs.chooseSaveLocation('moons')).resolves.toBe('/p/moons.mlp');
  });

  it('returns null when a dialog is cancelled and the chosen file otherwise', async () => {
    const cancelled = createDialogs(fakeDialog());
    await expect(cancelled.chooseProjectToOpen()).resolves.toBeNull();
    await expect(cancelled.chooseSaveLocation('x')).resolves.toBeNull();
    await expect(cancelled.askAboutUnsavedChanges('x', 'closing')).resolves.toBe('cancel');
    const open = vi.fn(async () => ({ canceled: false, filePaths: ['/p/a.mlp'] }));
    await expect(createDialogs(fakeDialog({ showOpenDialog: open })).chooseProjectToOpen()).resolves.toBe('/p/a.mlp');
    expect(open).toHaveBeenCalledWith(
      expect.objectContaining({
        filters: [
          { name: 'MLP Studio project', extensions: ['mlp', 'ipynb'] },
          { name: 'Jupyter notebook exported by MLP Studio', extensions: ['ipynb'] },
        ],
        properties: ['openFile'],
      }),
    );
  });
});
