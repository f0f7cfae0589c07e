/** The tooltip texts about the maths: node kinds, activations, initialisers, losses, optimizers and datasets. */
export {
  ACTIVATION_TIPS,
  INITIALIZER_TIPS,
  LOSS_TIPS,
  NODE_KIND_TIPS,
  PLANE_FEATURE_TIPS,
  activationTip,
  initializerTip,
  lossTip,
  nodeKindTip,
} from './layer-tips';
export { OPTIMIZER_TIPS, optimizerTip, type OptimizerTip } from './optimizer-tips';
export { DATASET_KIND_TIPS, datasetKindTip } from './dataset-tips';
export { nodeTip } from './node-tip';
