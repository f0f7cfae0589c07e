import { useAppStore } from '../../store/use-app-store';
import { tip } from '../../ui/tip';

/**
 * Over the canvas while two layers or more are selected: collapses them into one card when they are one block
 * repeated (a toast says why not otherwise).
 */
export function CollapseGroupButton() {
  const count = useAppStore((s) => s.view.selection.nodeIds.length);
  const collapseSelection = useAppStore((s) => s.collapseSelection);
  if (count < 2) return null;
  return (
    <button
      type="button"
      className="button button--small canvas-collapse"
      data-testid="btn-collapse-group"
      {...tip(
        'Show these identical consecutive layers as one card, e.g. 8 × [Linear 16 → Sigmoid]; every layer still ' +
          'trains and is charted on its own.',
      )}
      onClick={() => collapseSelection()}
    >
      Collapse {count} layers into one block
    </button>
  );
}
