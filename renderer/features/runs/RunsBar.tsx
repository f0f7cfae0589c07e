import './runs.css';
import { type KeyboardEvent, useMemo, useState } from 'react';
import { duplicateRefusal, listRuns, nextRunName, type RunView } from '../../../src/project/light';
import { useAppStore } from '../../store/use-app-store';
import { useRunColours } from './use-run-colours';
import { tip } from '../../ui/tip';
import { VIEW_TIPS } from '../../help/view-tips';

/**
 * The run switcher over the canvas: one chip per run in its colour (click to edit that run; the
 * canvas, inspector, dataset and training panels then show it), rename and remove on the active
 * chip, and "Duplicate as run B" to copy the active run into a new one.
 */
export function RunsBar() {
  const document = useAppStore((s) => s.document);
  const runs = useMemo(() => listRuns(document), [document]);
  const colours = useRunColours();
  const duplicate = useAppStore((s) => s.duplicateRun);
  const activate = useAppStore((s) => s.activateRun);
  const rename = useAppStore((s) => s.renameRun);
  const remove = useAppStore((s) => s.removeRun);
  const confirm = useAppStore((s) => s.requestConfirmation);
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const refusal = duplicateRefusal(document);
  const several = runs.length > 1;
  const active = runs.find((r) => r.active)!;

  const commit = () => {
    if (editing && rename(editing.id, editing.text)) setEditing(null);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setEditing(null);
  };
  const askRemove = async (run: RunView) => {
    const ok = await confirm({
      title: `Remove run ${run.name}?`,
      message:
        `Run ${run.name}'s network, data and training settings, and its curves, will be gone (Undo brings ` +
        `the run back, not its training).`,
      confirmLabel: `Remove run ${run.name}`,
    });
    if (ok) remove(run.id);
  };

  return (
    <div
      className={`runs-bar${several ? ' runs-bar--several' : ''}`}
      data-testid="runs-bar"
      role="toolbar"
      aria-label="Runs"
    >
      {several && <span className="runs-bar__label">Editing run</span>}
      {several &&
        runs.map((run) => (
          <span
            key={run.id}
            className={`run-chip${run.active ? ' run-chip--active' : ''}`}
            style={{ ['--run-colour' as string]: colours[run.index] }}
          >
            {editing?.id === run.id ? (
              <input
                className="run-chip__input"
                data-testid="run-name-input"
                aria-label={`New name of run ${run.name}`}
                {...tip(VIEW_TIPS['runs.nameInput'])}
                value={editing.text}
                maxLength={40}
                autoFocus
                onChange={(e) => setEditing({ id: run.id, text: e.target.value })}
                onKeyDown={onKey}
                onBlur={commit}
              />
            ) : (
              <button
                type="button"
                className="run-chip__name"
                data-testid={`run-tab-${run.id}`}
                aria-pressed={run.active}
                {...tip(
                  run.active
                    ? `Run ${run.name} is on the canvas; double-click to rename it`
                    : `Edit run ${run.name}: the canvas, inspector, dataset and training settings show it`,
                )}
                onClick={() => activate(run.id)}
                onDoubleClick={() => setEditing({ id: run.id, text: run.name })}
              >
                <span className="run-chip__swatch" aria-hidden="true" />
                {run.name}
              </button>
            )}
            {run.active && editing?.id !== run.id && (
              <>
                <button
                  type="button"
                  className="run-chip__action"
                  data-testid={`run-rename-${run.id}`}
                  {...tip(`Rename run ${run.name} (the legends use the name)`)}
                  aria-label={`Rename run ${run.name}`}
                  onClick={() => setEditing({ id: run.id, text: run.name })}
                >
                  ✎
                </button>
                <button
                  type="button"
                  className="run-chip__action"
                  data-testid={`run-remove-${run.id}`}
                  {...tip(`Remove run ${run.name} (asks first)`)}
                  aria-label={`Remove run ${run.name}`}
                  onClick={() => void askRemove(run)}
                >
                  ×
                </button>
              </>
            )}
          </span>
        ))}
      <button
        type="button"
        className="button button--small runs-bar__duplicate"
        data-testid="btn-duplicate-run"
        disabled={refusal !== null}
        {...tip(
          refusal ??
            `Copy run ${active.name} (network, data, training) into run ${nextRunName(document)}, change one ` +
              `thing, and train them side by side in lock-step from the same initial weights`,
        )}
        onClick={duplicate}
      >
        Duplicate as run {nextRunName(document)}
      </button>
    </div>
  );
}
