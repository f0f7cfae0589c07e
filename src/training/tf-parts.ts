/**
 * The parts of tfjs the app uses: core (tensors, ops, gradients, optimizers), layers, and the CPU and
 * WebGL backends. Imported instead of the umbrella `@tensorflow/tfjs` because that one also bundles
 * the graph-model converter and tf.data, which nothing here calls, into every worker and the CLI.
 */
// Core first: its flags (DEBUG, ...) must be registered before any other part reads them.
import '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';

export * from '@tensorflow/tfjs-core';
export * from '@tensorflow/tfjs-layers';
export * from '@tensorflow/tfjs-backend-cpu';
export * from '@tensorflow/tfjs-backend-webgl';
