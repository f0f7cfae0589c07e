/** The backprop module's entry point: what the rest of the app imports from it. */
export { explainUnit, explainWeight, formatValue, nodeSymbols } from './explain';
export { activate, derivative, saturatedRegion, sigmoid } from './activation-math';
export type { BackpropTrace, TraceNode } from './trace';
export type { FormulaLine } from './explain';
export { traceBackprop, traceCaveats } from './trace';
export { DEFAULT_BACKPROP_SETTINGS } from './settings';
export type { BackpropSettings } from './settings';
