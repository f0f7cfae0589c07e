import { useState } from 'react';
import type { DivergenceReport } from '../../../src/training/light';
import { lowered } from '../../store/training-slice';
import { useAppStore } from '../../store/use-app-store';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/** Props of the divergence banner. */
export interface DivergenceBannerProps {
  report: DivergenceReport;
}

const TITLES: Record<NonNullable<DivergenceReport['kind']>, string> = {
  nonFinite: 'Diverged',
  lossGrowth: 'Exploded',
  hugeWeights: 'Exploded',
  zeroGradients: 'Stalled',
};

/**
 * Says where training stopped (a non-finite value, or a finite explosion the explosion guard caught),
 * in which layer, and offers the remedies: reset and train again, lower the rate, and after a
 * non-finite step, continue from the last finite state.
 */
export function DivergenceBanner({ report }: DivergenceBannerProps) {
  const rollBack = useAppStore((s) => s.rollBack);
  const dismiss = useAppStore((s) => s.dismissDivergence);
  const resetAndTrain = useAppStore((s) => s.resetAndTrain);
  const lowerLearningRate = useAppStore((s) => s.lowerLearningRate);
  const learningRate = useAppStore((s) => s.document.training.optimizer.learningRate);
  // The rate the run had when it stopped, to tell whether the user has lowered it since.
  const [rateAtStop] = useState(learningRate);
  const kind = report.kind ?? 'nonFinite';
  const finite = kind !== 'nonFinite';
  const lowered_ = learningRate < rateAtStop;
  return (
    <div
      className="training-banner training-banner--danger"
      role="alert"
      data-testid="divergence-banner"
      data-kind={kind}
    >
      <div className="training-banner__text">
        <p className="training-banner__title">
          {TITLES[kind]} at step <span data-testid="divergence-step">{report.step}</span>
          {report.firstLayerName && (
            <>
              {' '}
              in <strong data-testid="divergence-layer">{report.firstLayerName}</strong>
            </>
          )}
        </p>
        <p className="training-banner__message">{report.message}</p>
        <p className="training-banner__hint" data-testid="divergence-hint">
          {lowered_
            ? `Learning rate lowered to ${learningRate}. ` +
              (finite
                ? 'The weights are still those the explosion left: reset and train again.'
                : 'Roll back and continue, or reset and train again.')
            : finite
              ? `Lower the rate sets it to ${lowered(learningRate)}.`
              : `Lower the learning rate (to ${lowered(learningRate)}, a tenth), then roll back or reset.`}
        </p>
      </div>
      <div className="training-banner__actions">
        <button
          type="button"
          className="button button--small"
          data-testid="btn-reset-train"
          {...tip(TIPS['banner.resetTrain'])}
          onClick={resetAndTrain}
        >
          Reset and train again
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="btn-lower-rate"
          {...tip(TIPS['banner.lowerRate'])}
          onClick={lowerLearningRate}
        >
          Lower the rate
        </button>
        {!finite && (
          <button
            type="button"
            className="button button--small"
            data-testid="btn-rollback"
            {...tip(`${TIPS['banner.rollback']} That is step ${report.restoredStep}.`)}
            onClick={rollBack}
          >
            Roll back to step {report.restoredStep}
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          aria-label="Dismiss"
          data-testid="btn-dismiss-divergence"
          {...tip(TIPS['banner.dismiss'])}
          onClick={dismiss}
        >
          ×
        </button>
      </div>
    </div>
  );
}
