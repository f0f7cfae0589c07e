/**
 * tfjs for plain Node: the umbrella package's CommonJS build, which registers every gradient and
 * chained op on the same core instance it exports (see tf.ts).
 */
export * from '@tensorflow/tfjs';
