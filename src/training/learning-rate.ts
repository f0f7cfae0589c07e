/**
 * The learning-rate range, in one place. A person sets η within LEARNING_RATE_RANGE (the settings
 * fields and the .mlp schema share it); the engines accept more, up to ENGINE_LEARNING_RATE_LIMIT,
 * so a rate far outside the settings (a test forcing a divergence, a CLI run) still trains until the
 * divergence guard stops it, and only a rate that overflows float32 at once is refused.
 */

/** The learning rates a person may set and a project file may hold: above 0 (min is the fields' floor), at most max. */
export const LEARNING_RATE_RANGE = { min: 1e-6, max: 1000 } as const;

/** Largest learning rate the engines accept; beyond it every step overflows float32 at once. */
export const ENGINE_LEARNING_RATE_LIMIT = 1e9;
