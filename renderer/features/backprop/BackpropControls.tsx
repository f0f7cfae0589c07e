import { useEffect, useState } from 'react';
import { formatValue } from '../../../src/backprop/index';
import { tip } from '../../ui/tip';
import type { SampleChoice } from './sample';
import { BACKPROP_TIPS } from './tips';
import type { BackpropResult } from './use-backprop-trace';

/** Picks the sample (by index or typed), the ½ convention of MSE, and says which sample and weights are traced. */
export function BackpropControls({
  result,
  choice,
  onChoice,
  halve,
  onHalve,
  isMse,
}: {
  result: BackpropResult;
  choice: SampleChoice;
  onChoice(c: SampleChoice): void;
  halve: boolean;
  onHalve(h: boolean): void;
  isMse: boolean;
}) {
  const [typed, setTyped] = useState({ x: '', y: '' });
  const [indexText, setIndexText] = useState(choice.kind === 'index' ? String(choice.index) : '0');
  const shownIndex = choice.kind === 'index' ? choice.index : null;
  // Follow an index set from elsewhere (a project opened, undo), but leave a half-typed number alone.
  useEffect(() => {
    if (shownIndex !== null && Number.isFinite(shownIndex) && Number(indexText) !== shownIndex)
      setIndexText(String(shownIndex));
  }, [shownIndex, indexText]);
  const { sample } = result;
  const setTypedValue = (next: { x: string; y: string }) => {
    setTyped(next);
    onChoice({ kind: 'typed', ...next });
  };
  return (
    <div className="bp-controls">
      <label className="bp-control" {...tip(BACKPROP_TIPS.sample)}>
        sample
        <input
          type="number"
          className="bp-control__index"
          data-testid="backprop-sample"
          min={0}
          max={Math.max(0, result.count - 1)}
          step={1}
          value={indexText}
          disabled={choice.kind === 'typed'}
          onChange={(e) => {
            setIndexText(e.target.value);
            onChoice({ kind: 'index', index: Number(e.target.value) });
          }}
        />
        <span className="bp-control__hint">of {result.count}</span>
      </label>
      <label className="bp-control" {...tip(BACKPROP_TIPS.custom)}>
        <input
          type="checkbox"
          data-testid="backprop-custom"
          checked={choice.kind === 'typed'}
          onChange={(e) =>
            e.target.checked
              ? onChoice({ kind: 'typed', ...typed })
              : onChoice({ kind: 'index', index: Number(indexText) })
          }
        />
        type one
      </label>
      {choice.kind === 'typed' && (
        <>
          <label className="bp-control" {...tip(BACKPROP_TIPS.customX)}>
            {result.featureNames.join(', ') || 'x'}
            <input
              className="bp-control__text"
              data-testid="backprop-custom-x"
              value={typed.x}
              placeholder="0.5, -1"
              onChange={(e) => setTypedValue({ ...typed, x: e.target.value })}
            />
          </label>
          <label className="bp-control" {...tip(BACKPROP_TIPS.customY)}>
            y
            <input
              className="bp-control__text bp-control__text--short"
              data-testid="backprop-custom-y"
              value={typed.y}
              placeholder="1"
              onChange={(e) => setTypedValue({ ...typed, y: e.target.value })}
            />
          </label>
        </>
      )}
      {isMse && (
        <label className="bp-control" {...tip(BACKPROP_TIPS.half)}>
          <input
            type="checkbox"
            data-testid="backprop-half"
            checked={halve}
            onChange={(e) => onHalve(e.target.checked)}
          />
          ½(ŷ − y)²
        </label>
      )}
      {sample && (
        <span className="bp-control__sample" data-testid="backprop-sample-values">
          x = ({sample.raw.map(formatValue).join(', ')}) → input ({sample.input.map(formatValue).join(', ')}), y ={' '}
          {formatValue(sample.label)}
          {result.weightsStep !== null && ` · weights of step ${result.weightsStep}`}
        </span>
      )}
    </div>
  );
}
