/** Tooltips of the Backprop view's controls: one sentence each, with the maths. */
export const BACKPROP_TIPS = {
  sample:
    'Which training sample to trace (its index in the training set); the network sees it after standardisation ' +
    'and the Input node’s features.',
  custom:
    'Type a sample instead: its raw feature values and its target, mapped through the Input node as training maps its rows.',
  customX: 'Raw feature values of the sample, separated by commas, in the dataset’s column order.',
  customY: 'The target: the class index for classification, the number to predict for regression.',
  half:
    'Train and trace the loss as ½(ŷ − y)², the textbook convention: the loss, every gradient and so every ' +
    'step are halved (a training setting, saved with the project). Unticked, MSE is (ŷ − y)² (mean over outputs).',
  forward:
    'Compute the next node of the forward pass: z = Wᵀa + b for a Linear layer, a = f(z) for an activation, then the loss.',
  backward:
    'Send the gradient one node further back: δ = ∂L/∂a · f′(z) through an activation, ∂L/∂a = W·δ through a ' +
    'Linear layer, with ∂L/∂W = a·δᵀ and ∂L/∂b = δ.',
  update:
    'The change one plain SGD step on this sample alone makes: Δ = −η·∂L/∂w ' +
    '(a Step over a batch averages the gradients of its samples).',
  reset: 'Hide every value again and start the walk from the input.',
  all: 'Show the whole forward and backward pass at once.',
  node: 'Show this node’s values below.',
  cell: 'Show the chain-rule formula of this value, with the numbers substituted.',
} as const;
