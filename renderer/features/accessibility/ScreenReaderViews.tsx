import { useEffect, useMemo, useRef, useState } from 'react';
import { useServices } from '../../app/use-services';
import { selectAnalysis } from '../../store/analysis';
import { useAppStore } from '../../store/use-app-store';
import { runFactsOf, trainingAnnouncement } from './announcements';
import { layerLines } from './layer-list';
import './accessibility.css';

/** The network as an ordered list of layers (shape, parameters, inputs), kept current as the graph changes; visually hidden. */
function LayerList() {
  const graph = useAppStore((s) => s.document.graph);
  const analysis = useAppStore(selectAnalysis);
  const lines = useMemo(() => layerLines(graph, analysis), [graph, analysis]);
  return (
    <section className="visually-hidden" aria-labelledby="layer-list-title" data-testid="layer-list-section">
      <h2 id="layer-list-title">Network layers, input to output</h2>
      {lines.length === 0 ? (
        <p>The canvas is empty: add layers from the palette.</p>
      ) : (
        <ol data-testid="layer-list">
          {lines.map((line) => (
            <li key={line.id} data-testid={`layer-list-${line.id}`}>
              {line.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The polite live region that reads out training milestones (announcements.ts) as the store reports them. */
function TrainingAnnouncer() {
  const { store } = useServices();
  const [message, setMessage] = useState('');
  const before = useRef(runFactsOf(store.getState()));
  useEffect(
    () =>
      store.subscribe((state) => {
        const after = runFactsOf(state);
        const said = trainingAnnouncement(before.current, after);
        before.current = after;
        if (said) setMessage(said);
      }),
    [store],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="training-announcer">
      {message}
    </div>
  );
}

/** What only a screen reader needs: the layer list and the training announcements. */
export function ScreenReaderViews() {
  return (
    <>
      <LayerList />
      <TrainingAnnouncer />
    </>
  );
}
