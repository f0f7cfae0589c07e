/**
 * What one device class can train without exhausting its memory or freezing: a network's weights
 * (with their gradients and an optimizer's moments, about four copies) and one training step's
 * forward pass over a batch.
 */
export interface ResourceBudget {
  /** Where the budget applies, for messages ("in a browser tab or the desktop window"). */
  where: string;
  /** Most weights (trainable or not) a network may hold. */
  maxParams: number;
  /** Most multiply-adds of one forward pass of a batch (rows × Σ over Linear nodes of inputs × units). */
  maxMultiplyAddsPerStep: number;
}
