/**
 * The app's batch order in Python: its random generator (sfc32 seeded through splitmix32, see
 * src/data/rng.ts) and the per-epoch Fisher–Yates shuffle of src/training/batches.ts, written out
 * with 32-bit masks so the notebook visits the training rows in exactly the app's order.
 */
import type { TrainingConfig } from '../../training/config';

/** Stream number of the batch-order seed (src/training/seeds.ts). */
const BATCH_ORDER_STREAM = 103;

const FULL_BATCH = "the data's own order (full batch)";
const SHUFFLED = 'a Fisher–Yates shuffle seeded by (seed, epoch)';

/** Python lines defining `epoch_order(epoch)` and `BATCH_SIZE` for `n` training rows. */
export function batchOrderLines(training: TrainingConfig, trainRows: number): string[] {
  const fullBatch = training.batchSize === 0 || training.batchSize >= trainRows;
  return [
    "# The app's random numbers: sfc32 seeded through splitmix32, in 32-bit integer arithmetic.",
    'MASK = 0xFFFFFFFF',
    '',
    '',
    'def splitmix32(state):',
    '    z = state & MASK',
    '    z = ((z ^ (z >> 16)) * 0x85EBCA6B) & MASK',
    '    z = ((z ^ (z >> 13)) * 0xC2B2AE35) & MASK',
    '    return (z ^ (z >> 16)) & MASK',
    '',
    '',
    'def derive_seed(seed, stream):',
    '    """An independent seed for one purpose (the batch order, an epoch) from a seed."""',
    '    mixed = (seed & MASK) ^ (((stream & MASK) + 1) * 0x9E3779B9 & MASK)',
    '    return splitmix32((mixed + 0x9E3779B9) & MASK)',
    '',
    '',
    'def uniform_stream(seed):',
    '    """Uniform draws from [0, 1) with 32 bits each, as the app draws them."""',
    '    counter = seed & MASK',
    '    words = []',
    '    for _ in range(3):',
    '        counter = (counter + 0x9E3779B9) & MASK',
    '        words.append(splitmix32(counter))',
    '    a, b, c = words',
    '    d = 1',
    '    drawn = 0',
    '    while True:',
    '        t = (a + b + d) & MASK',
    '        d = (d + 1) & MASK',
    '        a = b ^ (b >> 9)',
    '        b = (c + (c << 3)) & MASK',
    '        c = ((c << 21) & MASK) | (c >> 11)',
    '        c = (c + t) & MASK',
    '        drawn += 1',
    '        if drawn > 12:  # the first 12 outputs are discarded',
    '            yield t / 4294967296',
    '',
    '',
    'def epoch_order(epoch):',
    `    """The order of the training rows in epoch \`epoch\` (0-based): ${fullBatch ? FULL_BATCH : SHUFFLED}."""`,
    '    order = np.arange(N_TRAIN)',
    '    if BATCH_SIZE >= N_TRAIN:',
    '        return order',
    `    draws = uniform_stream(derive_seed(derive_seed(SEED, ${BATCH_ORDER_STREAM}), epoch))`,
    '    for i in range(N_TRAIN - 1, 0, -1):',
    '        j = int(next(draws) * (i + 1))',
    '        order[i], order[j] = order[j], order[i]',
    '    return order',
  ];
}
