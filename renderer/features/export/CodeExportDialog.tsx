import { useEffect, useMemo, useRef, useState } from 'react';
import { toKeras, toPyTorch, type GeneratedScript } from '../../../src/export/index';
import { useServices } from '../../app/use-services';
import { TIPS } from '../../help/tips';
import { useAppStore } from '../../store/use-app-store';
import { tip } from '../../ui/tip';
import { ModalDialog } from '../../ui/ModalDialog';
import { currentWeights, exportProjectOf } from './export-source';
import { saveExport } from '../../bridge/save-export';
import { useNotebookExport } from './use-notebook-export';

/** What the code export writes: a script for a library, or a Jupyter notebook of a flavour. */
export type CodeLanguage = 'pytorch' | 'keras' | 'notebook-numpy' | 'notebook-pytorch';

const LANGUAGES: { id: CodeLanguage; label: string }[] = [
  { id: 'pytorch', label: 'PyTorch' },
  { id: 'keras', label: 'Keras' },
  { id: 'notebook-numpy', label: 'Notebook · NumPy' },
  { id: 'notebook-pytorch', label: 'Notebook · PyTorch' },
];

const NOTEBOOK_FLAVOURS = { 'notebook-numpy': 'numpy', 'notebook-pytorch': 'pytorch' } as const;

/** Props of the code export dialog. */
export interface CodeExportDialogProps {
  language: CodeLanguage;
  onClose(): void;
}

/** Copies text to the clipboard, falling back to a hidden text area where the Clipboard API is refused. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw new Error('The browser refused the clipboard: select the code and press Ctrl+C.');
  }
}

/**
 * The code preview: the generated script for the chosen library, what it does differently from
 * the app, whether it starts from the app's weights, and Copy / Save. An error (a network the app
 * could not train either) is shown instead of the code.
 */
export function CodeExportDialog({ language: initial, onClose }: CodeExportDialogProps) {
  const { platform } = useServices();
  const document = useAppStore((s) => s.document);
  const view = useAppStore((s) => s.view);
  const training = useAppStore((s) => s.training);
  const comparison = useAppStore((s) => s.comparison);
  const showToast = useAppStore((s) => s.showToast);
  const [language, setLanguage] = useState(initial);
  const weights = currentWeights({ training, document, comparison });
  const [withWeights, setWithWeights] = useState(weights !== null);
  const [copied, setCopied] = useState(false);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);

  const flavour = language === 'notebook-numpy' || language === 'notebook-pytorch' ? NOTEBOOK_FLAVOURS[language] : null;
  const notebook = useNotebookExport(flavour);
  const script = useMemo((): GeneratedScript | { error: string } => {
    if (language !== 'pytorch' && language !== 'keras') return { error: '' };
    try {
      const project = exportProjectOf({ document, view, training, comparison }, withWeights);
      return language === 'pytorch' ? toPyTorch(project) : toKeras(project);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
    // The weights change with every report while training; the script follows them only when asked to include them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document, view.file, withWeights ? (weights?.weights ?? null) : null, language, withWeights]);
  const pending = flavour !== null && 'pending' in notebook;
  const result: (GeneratedScript & { preview?: string }) | { error: string } =
    flavour === null ? script : 'pending' in notebook ? { error: "Reading the app's initial weights…" } : notebook;
  const shown = 'error' in result ? '' : (result.preview ?? result.code);

  const copy = () => {
    if ('error' in result) return;
    copyText(result.code).then(
      () => setCopied(true),
      (error: unknown) => showToast('error', error instanceof Error ? error.message : String(error)),
    );
  };
  const save = () => {
    if ('error' in result) return;
    const type = flavour ? 'application/x-ipynb+json' : 'text/x-python';
    void saveExport(platform, [{ name: result.fileName, data: result.code, type }], showToast).then(
      (saved) => saved && onClose(),
    );
  };
  const lines = shown.split('\n').length;

  return (
    <ModalDialog labelledBy="export-title" onClose={onClose}>
      <div className="dialog export-dialog" data-testid="export-dialog">
        <header className="export-dialog__header">
          <h2 id="export-title">Export code</h2>
          <div className="export-dialog__languages" role="tablist" aria-label="Library">
            {LANGUAGES.map((l) => (
              <button
                key={l.id}
                type="button"
                role="tab"
                className="export-dialog__language"
                aria-selected={l.id === language}
                data-testid={`export-lang-${l.id}`}
                {...tip(TIPS['export.language'])}
                onClick={() => {
                  setLanguage(l.id);
                  setCopied(false);
                }}
              >
                {l.label}
              </button>
            ))}
          </div>
        </header>
        {flavour ? (
          <p className="export-dialog__weights" data-testid="export-notebook-start">
            {`Starts from the app's initial weights (seed ${document.training.seed}) and replays the run from step 0 ` +
              "in the app's batch order."}
          </p>
        ) : (
          <label className="toggle export-dialog__weights" {...tip(TIPS['export.withWeights'])}>
            <input
              type="checkbox"
              data-testid="export-with-weights"
              checked={withWeights && weights !== null}
              disabled={weights === null}
              onChange={(e) => setWithWeights(e.target.checked)}
            />
            {weights
              ? `Start from the app's weights (step ${weights.step})`
              : "Start from the app's weights (none read yet: press Step or Train first)"}
          </label>
        )}
        {'error' in result ? (
          <p
            className="export-dialog__error"
            role={pending ? 'status' : 'alert'}
            data-testid={pending ? 'export-pending' : 'export-error'}
          >
            {result.error}
          </p>
        ) : (
          <>
            {result.notes.length > 0 && (
              <ul className="export-dialog__notes" data-testid="export-notes">
                {result.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            )}
            <pre
              className="export-dialog__code"
              data-testid="export-code"
              tabIndex={0}
              aria-label={`${result.fileName}, ${lines} lines`}
            >
              {shown}
            </pre>
          </>
        )}
        <div className="dialog__actions export-dialog__actions">
          <span className="export-dialog__file" data-testid="export-file-name">
            {'error' in result ? '' : `${result.fileName} · ${lines} lines${flavour ? ' (cells shown as # %%)' : ''}`}
          </span>
          <button
            ref={close}
            type="button"
            className="button"
            data-testid="export-close"
            {...tip(TIPS['export.close'])}
            onClick={onClose}
          >
            Close
          </button>
          <button
            type="button"
            className="button"
            data-testid="export-copy"
            disabled={'error' in result}
            {...tip(TIPS['export.copy'])}
            onClick={copy}
          >
            {copied ? 'Copied' : 'Copy'}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="export-save"
            disabled={'error' in result}
            {...tip(TIPS['export.save'])}
            onClick={save}
          >
            Save…
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
