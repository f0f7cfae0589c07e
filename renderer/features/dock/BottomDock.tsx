import { useAppStore } from '../../store/use-app-store';

/** The bottom dock, reserved for the live training charts. */
export function BottomDock() {
  const status = useAppStore((s) => s.training.status);
  return (
    <section className="dock" data-testid="dock" aria-label="Training charts">
      <p className="dock__message">
        {status === 'idle'
          ? 'Charts appear here when training starts: loss and accuracy, the decision boundary and per-layer gradients.'
          : `Training ${status}.`}
      </p>
    </section>
  );
}
