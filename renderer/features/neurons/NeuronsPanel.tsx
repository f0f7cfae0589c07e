import './neurons.css';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useAppStore } from '../../store/use-app-store';
import type { AppState, NeuronGridSet } from '../../store/types';
import { formatCount } from '../../ui/format';
import { useThemeColours } from '../charts/use-theme-colours';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import type { DivergingPalette } from '../weights/kernel-pixels';
import { pinnedWeightsMoment } from '../weights/weights-moment';
import { unitThumbnails } from './neuron-pixels';
import { planeCaption } from '../boundary/plane-caption';
import { selectPlaneData } from '../boundary/plane-data';
import { VIEW_TIPS } from '../../help/view-tips';
import { PANEL_TEXTS } from '../../help/panel-texts';

/** One unit's thumbnail: a canvas at grid resolution, scaled up smoothly by CSS. */
function Thumbnail({
  pixels,
  resolution,
  label,
}: {
  pixels: Uint8ClampedArray<ArrayBuffer>;
  resolution: number;
  label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    canvas.current?.getContext('2d')?.putImageData(new ImageData(pixels, resolution, resolution), 0, 0);
  }, [pixels, resolution]);
  return (
    <canvas
      ref={canvas}
      width={resolution}
      height={resolution}
      className="neuron-thumb"
      title={label}
      aria-label={label}
      role="img"
    />
  );
}

/** A hidden node's row: its name and one thumbnail per unit. */
const NeuronRow = memo(function NeuronRow({
  set,
  name,
  palette,
}: {
  set: NeuronGridSet;
  name: string;
  palette: DivergingPalette;
}) {
  const thumbnails = useMemo(() => unitThumbnails(set, palette), [set, palette]);
  return (
    <div className="neuron-row" data-testid={`neuron-row-${set.nodeId}`}>
      <span className="neuron-row__name" title={`${name}: ${set.units} units`}>
        {name}
      </span>
      <div className="neuron-row__units">
        {thumbnails.map((pixels, unit) => (
          <Thumbnail key={unit} pixels={pixels} resolution={set.resolution} label={`${name}, unit ${unit + 1}`} />
        ))}
      </div>
    </div>
  );
});

const selectMoment = (s: AppState) => pinnedWeightsMoment(s.training);

/**
 * Each hidden unit's output over the input plane (for wider data, the boundary view's plane), a row per node input →
 * output; live, or at the moment the timeline is pinned to.
 */
export function NeuronsPanel({ large }: { large?: boolean }) {
  const liveSets = useAppStore((s) => s.training.neuronGrids);
  const moment = useAppStore(selectMoment);
  const drawn = useAppStore((s) => s.training.momentNeuronGrids);
  // The pinned moment's units once drawn; live ones until then (the label says which).
  const atMoment = moment && drawn?.step === moment.step ? moment : null;
  const sets = atMoment ? drawn!.sets : liveSets;
  const nodes = useAppStore((s) => s.document.graph.nodes);
  // Data of more than two columns: the units are drawn over the boundary view's plane, named here as there.
  const plane = useAppStore((s) => selectPlaneData(s));
  const overPlane = !('error' in plane) && plane.projection ? planeCaption(plane.projection) : null;
  const colours = useThemeColours();
  const names = useMemo(() => new Map(nodes.map((n) => [n.id, n.name])), [nodes]);
  const palette = useMemo<DivergingPalette | null>(
    () => (colours ? { negative: colours.negative, neutral: colours.neutral, positive: colours.positive } : null),
    [colours],
  );

  let body;
  if (!palette || !sets) {
    body = <EmptyView>{PANEL_TEXTS['neurons.empty']}</EmptyView>;
  } else if (sets.length === 0) body = <EmptyView>This network has no hidden units to draw.</EmptyView>;
  else {
    body = (
      <div className={`neurons-view${large ? ' neurons-view--large' : ''}`}>
        {overPlane && (
          <p className="neurons-view__plane" data-testid="neurons-plane">
            Over the boundary&rsquo;s plane: {overPlane}
          </p>
        )}
        {sets.map((set) => (
          <NeuronRow key={set.nodeId} set={set} name={names.get(set.nodeId) ?? set.nodeId} palette={palette} />
        ))}
      </div>
    );
  }
  return (
    <ViewPanel
      view="neurons"
      large={large}
      actions={
        <span
          className={`weights-moment${atMoment ? ' is-pinned' : ''}`}
          data-testid="neurons-moment"
          title={VIEW_TIPS['neurons.moment']}
        >
          {atMoment ? `units at epoch ${formatCount(atMoment.epoch)}` : 'live'}
        </span>
      }
    >
      {body}
    </ViewPanel>
  );
}
