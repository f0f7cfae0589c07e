import { useAppStore } from '../../store/use-app-store';

/** What an empty canvas says in its middle: where nodes come from and how to wire them. */
export function EmptyCanvasHint() {
  const empty = useAppStore((s) => s.document.graph.nodes.length === 0);
  if (!empty) return null;
  return (
    <div className="empty-canvas" data-testid="empty-canvas">
      <p className="empty-canvas__title">An empty canvas</p>
      <p>
        Drag an Input, a few Linear and Activation nodes and an Output here from the palette, then wire each node's
        right handle to the next one's left handle.
      </p>
    </div>
  );
}
