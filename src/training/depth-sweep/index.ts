/** The depth sweep: gradient reaching the first layer against depth, per activation. */
export * from './settings';
export { headFor, sweepNetwork } from './network';
export { measureDepth, measureSweepNetwork, runDepthSweep, sweepOrder, trainSweepNetwork, type SweepBase } from './run';
export { sweepCsv } from './csv';
