import './classes.css';
import { type CSSProperties, useMemo, useState } from 'react';
import { classScores, confusionMatrix, macroF1 } from '../../../src/training/light';
import { TIPS } from '../../help/tips';
import type { AppState } from '../../store/types';
import { useAppStore } from '../../store/use-app-store';
import { formatCount } from '../../ui/format';
import { tip } from '../../ui/tip';
import { selectPlaneData } from '../boundary/plane-data';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { ClassScoresTable } from './ClassScoresTable';
import { classNamesOf, predictionsMoment } from './class-moment';

const selectMoment = (s: AppState) => predictionsMoment(s.training);

/**
 * The confusion matrix of the validation (or training) set at the moment shown, true classes by row and predicted
 * classes by column, each cell shaded by its share of the row; with each class's precision, recall and F1 below.
 */
export function ConfusionView({ large }: { large?: boolean }) {
  const moment = useAppStore(selectMoment);
  const plane = useAppStore((s) => selectPlaneData(s));
  const pinned = useAppStore((s) => s.training.pinnedStep !== null);
  const [training, setTraining] = useState(false);
  const split = training ? 'train' : 'validation';
  const data = 'error' in plane ? null : plane;
  const confusion = useMemo(() => {
    const predicted = moment?.predictions?.[split];
    if (!data || !predicted || predicted.length !== data.raw[split].n) return null;
    return confusionMatrix(data.raw[split].y, predicted, data.classes);
  }, [moment, data, split]);

  const actions = (
    <label className="toggle" {...tip(TIPS['classes.trainingSet'])}>
      <input
        type="checkbox"
        data-testid="confusion-train"
        checked={training}
        onChange={(e) => setTraining(e.target.checked)}
      />
      <span className="toggle__text">training set</span>
    </label>
  );
  let body;
  if (!data || data.task === 'regression')
    body = <EmptyView>A confusion matrix needs a classification dataset.</EmptyView>;
  else if (!confusion || !moment)
    body = (
      <EmptyView>
        The confusion matrix and each class’s precision and recall appear here once training starts.
      </EmptyView>
    );
  else {
    const names = classNamesOf(data.raw.train, data.classes);
    const { classes, counts } = confusion;
    const rowTotals = names.map((_, t) => counts.slice(t * classes, (t + 1) * classes).reduce((a, b) => a + b, 0));
    const scores = classScores(confusion);
    body = (
      <div className="confusion-view">
        <p className="confusion-view__caption" data-testid="confusion-moment">
          {`${split === 'train' ? 'training' : 'validation'} set, ${formatCount(confusion.total)} samples, ` +
            `${pinned ? 'at' : 'live,'} epoch ${formatCount(moment.epoch)} · accuracy ` +
            `${((100 * confusion.correct) / Math.max(1, confusion.total)).toFixed(1)} %`}
        </p>
        <table
          className="confusion-matrix"
          data-testid="confusion-matrix"
          data-step={moment.step}
          data-counts={counts.join(',')}
          aria-label="Confusion matrix: true class by row, predicted class by column"
        >
          <thead>
            <tr>
              <th scope="col">true ╲ predicted</th>
              {names.map((name, p) => (
                <th key={p} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {names.map((name, t) => (
              <tr key={t}>
                <th scope="row">{name}</th>
                {names.map((_, p) => {
                  const count = counts[t * classes + p];
                  const share = rowTotals[t] > 0 ? count / rowTotals[t] : 0;
                  const kind = t === p ? 'right' : 'wrong';
                  return (
                    <td
                      key={p}
                      data-testid={`confusion-cell-${t}-${p}`}
                      className={`confusion-matrix__cell confusion-matrix__cell--${kind}`}
                      style={{ '--share': share.toFixed(3) } as CSSProperties}
                      title={`${count} of ${rowTotals[t]} samples of class ${name} predicted as ${names[p]}`}
                    >
                      {count}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <ClassScoresTable names={names} scores={scores} macro={macroF1(scores)} large={large} />
      </div>
    );
  }
  return (
    <ViewPanel view="confusion" large={large} actions={actions}>
      {body}
    </ViewPanel>
  );
}
