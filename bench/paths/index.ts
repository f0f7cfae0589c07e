import { customLoopPath } from './custom-loop';
import { enginePath } from './engine';
import { explicitTransposePath } from './explicit-transpose';
import { fastEnginePath } from './fast-engine';
import { fitPath } from './fit';
import { referencePath } from './reference';
import type { BenchPath } from './types';

/** The reference path, measured once per workload as the yardstick of every ratio. */
export { referencePath };

/** The paths compared with the reference: tfjs ones are measured on every available backend, plain-JavaScript ones once. */
export const PATHS: BenchPath[] = [fitPath, customLoopPath, explicitTransposePath, enginePath, fastEnginePath];
