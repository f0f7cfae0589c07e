import { useEffect, useMemo, useRef } from 'react';
import type { PreparedClassicData } from '../../../src/classic/index';
import { useElementSize } from '../../ui/use-element-size';
import { useThemeColours } from '../charts/use-theme-colours';
import { tip } from '../../ui/tip';
import { drawClassicScatter } from './draw-classic-scatter';
import { dataBounds } from './half-plane';
import { CLASSIC_TIPS } from './classic-tips';
import type { RunView } from './run-view';

/** Props of one run's scatter. */
export interface ClassicScatterProps {
  data: PreparedClassicData;
  view: RunView;
  index: number;
}

/**
 * The samples, the neuron's two half-planes and its decision line, redrawn after every step. The
 * canvas carries the neuron's numbers as data attributes, so tests can check the line against the data.
 */
export function ClassicScatter({ data, view, index }: ClassicScatterProps) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const { width, height } = useElementSize(box);
  const colours = useThemeColours();
  const bounds = useMemo(() => dataBounds(data), [data]);
  const highlight = view.lastUpdate?.rule === 'perceptron' && view.position > 0 ? view.lastUpdate.sample : null;
  const suffix = data.standardization ? ' (standardised)' : '';

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx || !colours || width === 0 || height === 0) return;
    const scale = window.devicePixelRatio || 1;
    element.width = Math.round(width * scale);
    element.height = Math.round(height * scale);
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    const danger = getComputedStyle(element).getPropertyValue('--danger').trim() || '#d92d20';
    drawClassicScatter(
      ctx,
      {
        data,
        bounds,
        w: view.w,
        b: view.b,
        threshold: view.threshold,
        highlight,
        axes: [`x1${suffix}`, `x2${suffix}`],
      },
      width,
      height,
      {
        class0: colours.classes[0],
        class1: colours.classes[1],
        text: colours.text,
        muted: colours.muted,
        grid: colours.grid,
        danger,
      },
    );
  }, [data, bounds, view, highlight, suffix, colours, width, height]);

  return (
    <div className="classic-scatter" ref={box}>
      <canvas
        ref={canvas}
        style={{ width, height }}
        data-testid={`classic-scatter-${index}`}
        data-w1={view.w[0]}
        data-w2={view.w[1]}
        data-b={view.b}
        data-threshold={view.threshold}
        data-epoch={view.epoch}
        data-misclassified={view.records[view.records.length - 1]?.misclassified}
        aria-label={`Scatter of the samples with the decision line w1·x1 + w2·x2 + b = ${view.threshold}`}
        {...tip(CLASSIC_TIPS.scatter)}
      />
    </div>
  );
}
