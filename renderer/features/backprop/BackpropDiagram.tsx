import type { BackpropTrace } from '../../../src/backprop/index';
import { tip } from '../../ui/tip';
import { revealed, type StepperState } from './stepper';
import { BACKPROP_TIPS } from './tips';

/**
 * The traced network as a row of chips, Input to Output, each with its symbol (x, z⁽ℓ⁾, a⁽ℓ⁾, ŷ):
 * chips the forward pass reached are filled, those the backward pass reached are outlined in the
 * gradient colour, the step just taken is highlighted. A click shows that node's values.
 */
export function BackpropDiagram({
  trace,
  symbols,
  state,
  inspected,
  onInspect,
}: {
  trace: BackpropTrace;
  symbols: Map<string, string>;
  state: StepperState;
  inspected: string | null;
  onInspect(id: string): void;
}) {
  return (
    <ol className="bp-diagram" aria-label="The network, step by step">
      {trace.nodes.map((node, i) => {
        const r = revealed(state, trace, node.id);
        const classes = [
          'bp-chip',
          r.forward && 'bp-chip--forward',
          r.backward && 'bp-chip--backward',
          r.current && 'bp-chip--current',
          inspected === node.id && 'bp-chip--inspected',
        ];
        return (
          <li key={node.id} className="bp-diagram__item">
            {i > 0 && (
              <span className="bp-diagram__arrow" aria-hidden="true">
                →
              </span>
            )}
            <button
              type="button"
              className={classes.filter(Boolean).join(' ')}
              data-testid={`backprop-step-${node.id}`}
              data-current={r.current ? 'true' : 'false'}
              data-forward={r.forward ? 'true' : 'false'}
              data-backward={r.backward ? 'true' : 'false'}
              aria-pressed={inspected === node.id}
              {...tip(BACKPROP_TIPS.node)}
              onClick={() => onInspect(node.id)}
            >
              <span className="bp-chip__name">{node.name}</span>
              <span className="bp-chip__symbol">
                {symbols.get(node.id)} · {node.out.length}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
