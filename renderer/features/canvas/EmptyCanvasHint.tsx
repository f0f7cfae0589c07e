import { useAppStore } from '../../store/use-app-store';
import { PANEL_TEXTS } from '../../help/panel-texts';

/** What an empty canvas says in its middle: where nodes come from and how to wire them. */
export function EmptyCanvasHint() {
  const empty = useAppStore((s) => s.document.graph.nodes.length === 0);
  if (!empty) return null;
  return (
    <div className="empty-canvas" data-testid="empty-canvas">
      <p className="empty-canvas__title">An empty canvas</p>
      <p>{PANEL_TEXTS['canvas.empty']}</p>
    </div>
  );
}
