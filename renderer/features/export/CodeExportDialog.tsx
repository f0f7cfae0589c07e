import { useEffect, useMemo, useRef, useState } from 'react';
import { toKeras, toPyTorch, type GeneratedScript } from '../../../src/export/index';
import { useServices } from '../../app/use-services';
import { TIPS } from '../../help/tips';
import { useAppStore } from '../../store/use-app-store';
import { tip } from '../../ui/tip';
import { ModalDialog } from '../feedback/ModalDialog';
import { currentWeights, exportProjectOf } from './export-source';
import { saveExport } from './save-export';

/** The libraries the code export writes for. */
export type CodeLanguage = 'pytorch' | 'keras';

const LANGUAGES: { id: CodeLanguage; label: string }[] = [
  { id: 'pytorch', label: 'PyTorch' },
  { id: 'keras', label: 'Keras' },
];

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

  const result = useMemo((): GeneratedScript | { error: string } => {
    try {
      const project = exportProjectOf({ document, view, training, comparison }, withWeights);
      return language === 'pytorch' ? toPyTorch(project) : toKeras(project);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
    // The weights change with every report while training; the script follows them only when asked to include them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document, view.file, withWeights ? (weights?.weights ?? null) : null, language, withWeights]);

  const copy = () => {
    if ('error' in result) return;
    copyText(result.code).then(
      () => setCopied(true),
      (error: unknown) => showToast('error', error instanceof Error ? error.message : String(error)),
    );
  };
  const save = () => {
    if ('error' in result) return;
    void saveExport(platform, [{ name: result.fileName, data: result.code, type: 'text/x-python' }], showToast).then(
      (saved) => saved && onClose(),
    );
  };
  const lines = 'error' in result ? 0 : result.code.split('\n').length;

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
        {'error' in result ? (
          <p className="export-dialog__error" role="alert" data-testid="export-error">
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
              {result.code}
            </pre>
          </>
        )}
        <div className="dialog__actions export-dialog__actions">
          <span className="export-dialog__file" data-testid="export-file-name">
            {'error' in result ? '' : `${result.fileName} · ${lines} lines`}
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
