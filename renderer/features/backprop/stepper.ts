/**
 * The walk through a trace: the forward pass node by node (Input → Output), then the backward pass
 * node by node (Output → first Linear). Pure, so the order is tested without a browser.
 */
import type { BackpropTrace } from '../../../src/backprop/index';

/** How far each pass has been revealed: the number of nodes shown of each. */
export interface StepperState {
  forward: number;
  backward: number;
}

/** Nothing revealed yet. */
export const START: StepperState = { forward: 0, backward: 0 };

/** The nodes in the order each pass visits them (the backward pass never visits the Input). */
export function passes(trace: BackpropTrace): { forward: string[]; backward: string[] } {
  const forward = trace.nodes.map((n) => n.id);
  const backward = [...trace.nodes]
    .reverse()
    .filter((n) => n.kind !== 'input')
    .map((n) => n.id);
  return { forward, backward };
}

/** One node further in the forward pass (no further than its end). */
export function stepForward(state: StepperState, trace: BackpropTrace): StepperState {
  return { ...state, forward: Math.min(state.forward + 1, passes(trace).forward.length) };
}

/** One node further in the backward pass; it starts only once the forward pass is complete. */
export function stepBackward(state: StepperState, trace: BackpropTrace): StepperState {
  const { forward, backward } = passes(trace);
  if (state.forward < forward.length) return state;
  return { ...state, backward: Math.min(state.backward + 1, backward.length) };
}

/** Both passes complete. */
export function showAll(trace: BackpropTrace): StepperState {
  const { forward, backward } = passes(trace);
  return { forward: forward.length, backward: backward.length };
}

/** What the view shows of one node: its forward values, its gradients, and whether it is the step just taken. */
export interface Revealed {
  forward: boolean;
  backward: boolean;
  current: boolean;
}

/** What is revealed of node `id` at `state`. */
export function revealed(state: StepperState, trace: BackpropTrace, id: string): Revealed {
  const p = passes(trace);
  const forwardIndex = p.forward.indexOf(id);
  const backwardIndex = p.backward.indexOf(id);
  const current =
    state.backward > 0
      ? p.backward[state.backward - 1] === id
      : state.forward > 0 && p.forward[state.forward - 1] === id;
  return {
    forward: forwardIndex >= 0 && forwardIndex < state.forward,
    backward: backwardIndex >= 0 && backwardIndex < state.backward,
    current,
  };
}

/** The node of the step just taken, or null before the first. */
export function currentNode(state: StepperState, trace: BackpropTrace): string | null {
  const p = passes(trace);
  if (state.backward > 0) return p.backward[state.backward - 1];
  return state.forward > 0 ? p.forward[state.forward - 1] : null;
}

/** Keeps a state within a (possibly smaller, re-traced) network's passes. */
export function clampState(state: StepperState, trace: BackpropTrace): StepperState {
  const p = passes(trace);
  const forward = Math.min(state.forward, p.forward.length);
  return { forward, backward: forward < p.forward.length ? 0 : Math.min(state.backward, p.backward.length) };
}
