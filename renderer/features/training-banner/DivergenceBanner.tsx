import type { DivergenceReport } from '../../../src/training/trainer-types';
import { useAppStore } from '../../store/use-app-store';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/** Props of the divergence banner. */
export interface DivergenceBannerProps {
  report: DivergenceReport;
}

/** Says where training stopped being finite (the step and the first layer), how to fix it, and offers to continue from the last finite state. */
export function DivergenceBanner({ report }: DivergenceBannerProps) {
  const rollBack = useAppStore((s) => s.rollBack);
  const dismiss = useAppStore((s) => s.dismissDivergence);
  const learningRate = useAppStore((s) => s.document.training.optimizer.learningRate);
  return (
    <div className="training-banner training-banner--danger" role="alert" data-testid="divergence-banner">
      <div className="training-banner__text">
        <p className="training-banner__title">
          Diverged at step <span data-testid="divergence-step">{report.step}</span>
          {report.firstLayerName && (
            <>
              {' '}in <strong data-testid="divergence-layer">{report.firstLayerName}</strong>
            </>
          )}
        </p>
        <p className="training-banner__message">{report.message}</p>
        <p className="training-banner__hint">Try a learning rate of {learningRate / 10} or lower in Training settings, then continue.</p>
      </div>
      <div className="training-banner__actions">
        <button type="button" className="button button--small" data-testid="btn-rollback" {...tip(`${TIPS['banner.rollback']} That is step ${report.restoredStep}.`)} onClick={rollBack}>
          Roll back to step {report.restoredStep}
        </button>
        <button type="button" className="button button--small" aria-label="Dismiss" data-testid="btn-dismiss-divergence" {...tip(TIPS['banner.dismiss'])} onClick={dismiss}>
          ×
        </button>
      </div>
    </div>
  );
}
