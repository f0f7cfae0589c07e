import { useAppStore } from '../../store/use-app-store';
import { tip } from '../../ui/tip';
import { VIEW_TIPS } from '../../help/view-tips';

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
      {...tip(VIEW_TIPS['canvas.collapseGroup'])}
      onClick={() => collapseSelection()}
    >
      Collapse {count} layers into one block
    </button>
  );
}
