import { describe, expect, it } from 'vitest';
import { traceBackprop } from '../../../src/backprop/trace';
import { GraphBuilder } from '../../../src/training/test-support/graphs';
import { clampState, currentNode, revealed, showAll, START, stepBackward, stepForward } from './stepper';

function trace() {
  const b = new GraphBuilder();
  const x = b.add('input', { source: 'table', columns: 1 });
  const l = b.add('dense', { units: 1 }, [x]);
  const s = b.add('activation', { activation: 'sigmoid' }, [l]);
  b.add('output', { loss: 'meanSquaredError' }, [s]);
  return traceBackprop(b.build(), (_id, name) => (name === 'kernel' ? [0.5] : [0.1]), [1], [0]);
}

describe('the backprop stepper', () => {
  it('walks forward input → output, then backward output → first Linear, never backward before forward ends', () => {
    const t = trace();
    let s = START;
    expect(currentNode(s, t)).toBeNull();
    expect(stepBackward(s, t)).toBe(s);
    const seen: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      s = stepForward(s, t);
      seen.push(currentNode(s, t));
    }
    expect(seen).toEqual(['input-1', 'dense-2', 'activation-3', 'output-4', 'output-4']);
    const back: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      s = stepBackward(s, t);
      back.push(currentNode(s, t));
    }
    expect(back).toEqual(['output-4', 'activation-3', 'dense-2', 'dense-2']);
    expect(s).toEqual(showAll(t));
  });

  it('reveals forward values up to the current node and gradients only of the nodes the backward pass reached', () => {
    const t = trace();
    const s = stepBackward(stepBackward(showAll(t) && { forward: 4, backward: 0 }, t), t);
    expect(revealed(s, t, 'dense-2')).toEqual({ forward: true, backward: false, current: false });
    expect(revealed(s, t, 'activation-3')).toEqual({ forward: true, backward: true, current: true });
    expect(revealed({ forward: 1, backward: 0 }, t, 'dense-2')).toEqual({
      forward: false,
      backward: false,
      current: false,
    });
    expect(clampState({ forward: 9, backward: 9 }, t)).toEqual({ forward: 4, backward: 3 });
    expect(clampState({ forward: 2, backward: 3 }, t)).toEqual({ forward: 2, backward: 0 });
  });
});
