/**
 * The plots of both flavours, drawn with matplotlib when it is installed (the maths never needs
 * it): loss and accuracy per epoch, and the decision boundary over the plane with the training and
 * validation points. Each flavour defines `history` and `predict(points)` (raw rows in, the
 * network's prediction out, as a NumPy array).
 */
import type { PreparedData } from '../../data/index';
import { code, markdown, type CellDraft } from './nbformat';

const MISSING =
  "    print('matplotlib is not installed, so this plot is skipped (pip install matplotlib, then run the cell again).')";

/** The matplotlib import, tolerant of its absence. */
export const PLOT_IMPORT = [
  'try:',
  '    import matplotlib.pyplot as plt',
  'except ImportError:  # the training needs only the libraries above; the plots are a bonus',
  '    plt = None',
  "    print('matplotlib is not installed: the training runs, the plots are skipped (pip install matplotlib).')",
];

/** The markdown and code cells of the plots for data `data` (the boundary only on a two-column plane). */
export function plotCells(data: PreparedData, planeInput: boolean): CellDraft[] {
  const classify = data.task !== 'regression';
  const cells: CellDraft[] = [
    markdown('## Loss and accuracy', '', "The curves the app's charts show, one point per epoch."),
    code(
      'if plt is None:',
      MISSING,
      'else:',
      `    fig, axes = plt.subplots(1, ${classify ? 2 : 1}, figsize=(${classify ? 11 : 6}, 4), squeeze=False)`,
      "    epochs = [h['epoch'] for h in history]",
      "    axes[0][0].plot(epochs, [h['loss'] for h in history], label='training')",
      "    axes[0][0].plot(epochs, [h['val_loss'] for h in history], label='validation')",
      "    axes[0][0].set(xlabel='epoch', ylabel='loss', title='Loss')",
      '    axes[0][0].legend()',
      ...(classify
        ? [
            "    axes[0][1].plot(epochs, [h['accuracy'] for h in history], label='training')",
            "    axes[0][1].plot(epochs, [h['val_accuracy'] for h in history], label='validation')",
            "    axes[0][1].set(xlabel='epoch', ylabel='accuracy', title='Accuracy', ylim=(0, 1.02))",
            '    axes[0][1].legend()',
          ]
        : []),
      '    plt.tight_layout()',
      '    plt.show()',
    ),
  ];
  if (!(classify && planeInput && data.bounds && data.raw.train.features === 2)) return cells;
  const { x1, x2 } = data.bounds;
  cells.push(
    markdown(
      '## Decision boundary',
      '',
      "The network's prediction over the plane (the app's boundary view): training points as circles, " +
        'validation points as triangles.',
    ),
    code(
      'if plt is None:',
      MISSING,
      'else:',
      `    g1, g2 = np.meshgrid(np.linspace(${x1[0]}, ${x1[1]}, 200), np.linspace(${x2[0]}, ${x2[1]}, 200))`,
      '    p = predict(np.column_stack([g1.ravel(), g2.ravel()]))',
      '    surface = p[:, 0] if p.shape[1] == 1 else p.argmax(axis=1)',
      '    fig, ax = plt.subplots(figsize=(6, 5))',
      "    ax.contourf(g1, g2, surface.reshape(g1.shape), levels=20 if p.shape[1] == 1 else p.shape[1], cmap='RdBu', alpha=0.6)",
      '    train, val = np.asarray(TRAIN_POINTS), np.asarray(VALIDATION_POINTS)',
      "    ax.scatter(train[:, 0], train[:, 1], c=TRAIN_LABELS, cmap='RdBu', edgecolors='k', label='training')",
      '    if len(val):',
      "        ax.scatter(val[:, 0], val[:, 1], c=VALIDATION_LABELS, cmap='RdBu', marker='^', edgecolors='k', label='validation')",
      "    ax.set(xlabel='x1', ylabel='x2', title='Decision boundary')",
      '    ax.legend()',
      '    plt.show()',
    ),
  );
  return cells;
}
