import { useAppStore } from '../../store/use-app-store';
import type { ConnectMode } from './use-canvas-keyboard';

/** What the keyboard connect mode says: from which layer, to which picked one, and the keys; read out as it changes. */
export function ConnectModeBanner({ mode }: { mode: ConnectMode | null }) {
  const nodes = useAppStore((s) => s.document.graph.nodes);
  if (!mode) return null;
  const name = (id: string) => nodes.find((n) => n.id === id)?.name ?? id;
  const target = mode.targets[mode.index];
  return (
    <div
      className="connect-mode"
      role="status"
      data-testid="connect-mode"
      data-source={mode.sourceId}
      data-target={target ?? ''}
    >
      {target === undefined ? (
        <>
          No layer can take the output of <strong>{name(mode.sourceId)}</strong>. Press Escape.
        </>
      ) : (
        <>
          Connect <strong>{name(mode.sourceId)}</strong> to <strong>{name(target)}</strong> ({mode.index + 1} of{' '}
          {mode.targets.length}): arrows or Tab pick another, Enter connects, Escape cancels.
        </>
      )}
    </div>
  );
}
