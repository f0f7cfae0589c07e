/**
 * The tfjs the app uses, one module for every caller. Bundlers (the web and desktop renderer, its
 * workers) get tf-parts.ts: tfjs's core, layers and CPU/WebGL backends without the umbrella
 * package's converter and tf.data. Plain Node (the CLI, benchmarks, scripts) gets tf-node.ts, the
 * umbrella's Node build, because Node cannot load the parts' unbundled module files. package.json's
 * "#tfjs" import map chooses by the "node" condition.
 */
export * from '#tfjs';
