import { useEffect } from 'react';
import { useAppStore } from '../../store/use-app-store';

/** How long a refusal stays up once shown. */
const REFUSAL_MS = 4000;

/** Says why the connection being drawn is refused, next to the pointer (or at the top of the canvas). */
export function ConnectionRefusal() {
  const refusal = useAppStore((s) => s.view.connectionRefusal);
  const clear = useAppStore((s) => s.clearConnectionRefusal);
  useEffect(() => {
    if (!refusal) return;
    const timer = setTimeout(clear, REFUSAL_MS);
    return () => clearTimeout(timer);
  }, [refusal, clear]);
  if (!refusal) return null;
  const placed = refusal.at ? { left: refusal.at.x + 16, top: refusal.at.y + 16 } : undefined;
  return (
    <div
      className={`connection-refusal${placed ? '' : ' connection-refusal--top'}`}
      style={placed}
      role="status"
      data-testid="connection-refusal"
    >
      <strong>Can't connect:</strong> {refusal.message}
    </div>
  );
}
