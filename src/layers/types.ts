import type { NodeKind, ParamsByKind } from '../graph/types';

/** How the inspector edits a parameter: a number box, a checkbox, a drop-down, an initializer picker or the plane-feature picker. */
export type ParamFieldType = 'int' | 'number' | 'boolean' | 'select' | 'initializer' | 'features';

/** One choice of a 'select' (or 'initializer' / 'features') field. */
export interface ParamOption {
  value: string;
  label: string;
}

/** One editable parameter of a node kind: what the inspector shows and the range validation enforces. */
export interface ParamField<P = unknown> {
  /** The parameter's key in the node's params, named as tfjs names it. */
  key: string;
  label: string;
  type: ParamFieldType;
  /** Inclusive bounds of a number; validation reports values outside them. */
  min?: number;
  max?: number;
  step?: number;
  options?: ParamOption[];
  /** One sentence for the tooltip: what the parameter does to the maths. */
  help: string;
  /** Whether the field applies to these params (e.g. alpha only for leakyRelu and elu); absent means always. */
  appliesTo?(params: P): boolean;
}

/** A shape rule's verdict: the output width, or a sentence saying why there is none. */
export type WidthResult = number | { error: string };

/**
 * Everything the app knows about one kind of node without a tensor library: its arity, default
 * parameters, inspector fields, shape rule and parameter count. The tfjs builder lives in training/.
 */
export interface LayerSpec<K extends NodeKind = NodeKind> {
  kind: K;
  /** The name of the kind in the palette ("Linear"). */
  title: string;
  /** One sentence with the maths, shown in the palette tooltip and the inspector. */
  summary: string;
  minInputs: number;
  /** Infinity for Add and Concat, 0 for Input. */
  maxInputs: number;
  /** False only for the Output node, which ends the network. */
  hasOutput: boolean;
  /** Fresh default parameters (a new object on every call, so callers may keep it). */
  defaults(): ParamsByKind[K];
  fields: ParamField<ParamsByKind[K]>[];
  /**
   * The width of the output given the widths of the inputs (in edge order); `inputNames` only
   * makes error messages name the nodes the widths come from.
   */
  outputWidth(params: ParamsByKind[K], inputWidths: number[], inputNames?: string[]): WidthResult;
  /** Number of weights the node holds (trainable and not), given its input widths. */
  paramCount(params: ParamsByKind[K], inputWidths: number[]): number;
  /** Number of those weights the optimizer updates; absent means all of them. */
  trainableParamCount?(params: ParamsByKind[K], inputWidths: number[]): number;
  /** The key parameter line a canvas node shows under its name ("8 units · glorotUniform"). */
  describe(params: ParamsByKind[K]): string;
}
