import { MAX_COLUMN_NAME, MAX_CSV_CHARS } from '../data/limits';

/**
 * Hard limits of the .mlp format. They keep a hostile or damaged file harmless (bounded memory,
 * bounded recursion); they are wider than the inspector's ranges, which graph validation reports,
 * so a project that is odd but harmless still opens and shows its problems on the canvas.
 */

/** Largest file parseProject accepts, in UTF-8 bytes (50 MB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Deepest JSON nesting accepted; a real project needs about 6 levels, and zod validates recursively. */
export const MAX_DEPTH = 64;

/** Most nodes in a graph. */
export const MAX_NODES = 500;

/** Most edges in a graph. */
export const MAX_EDGES = 2000;

/** Most float32 values across all stored weights (80 MB of raw data). */
export const MAX_WEIGHT_FLOATS = 20_000_000;

/** Most entries in the training history. */
export const MAX_HISTORY_POINTS = 1_000_000;

/** Most stored weight tensors. */
export const MAX_WEIGHT_TENSORS = 4 * MAX_NODES;

/** Most dimensions of a stored weight tensor (Linear kernels have 2, biases and BatchNorm vectors 1). */
export const MAX_WEIGHT_RANK = 4;

/** Longest strings, in UTF-16 code units, by what they hold. */
export const MAX_LENGTH = {
  id: 100,
  name: 100,
  title: 200,
  description: 10_000,
  notes: 200_000,
  timestamp: 40,
  appName: 100,
  appVersion: 50,
  fileName: 260,
  columnName: MAX_COLUMN_NAME,
  csvText: MAX_CSV_CHARS,
  runName: 40,
} as const;

/** Largest |x| or |y| of a node position on the canvas, in pixels. */
export const MAX_COORDINATE = 10_000_000;

/** Largest seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffff_ffff;

/** Most side-by-side runs in a project (a screen of overlaid curves stays readable up to four). */
export const MAX_RUNS = 4;
