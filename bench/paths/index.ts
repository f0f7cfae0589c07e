import { customLoopPath } from './custom-loop';
import { enginePath } from './engine';
import { explicitTransposePath } from './explicit-transpose';
import { fitPath } from './fit';
import { referencePath } from './reference';
import type { BenchPath } from './types';

/** The reference path, measured once per workload as the yardstick of every ratio. */
export { referencePath };

/** The tfjs paths, each measured on every available backend. */
export const TFJS_PATHS: BenchPath[] = [fitPath, customLoopPath, explicitTransposePath, enginePath];
