import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDatasetLoaded } from '../data/index';
import { parseProject } from '../project/index';
import { toKeras } from './keras';
import { toPyTorch } from './pytorch';
import { runPython } from './test-support/run-python';

const root = join(import.meta.dirname, '..', '..');
const lesson = parseProject(readFileSync(join(root, 'assets', 'examples', 'wine-overfit.mlp'), 'utf8'));
const project = { title: 'Wine', graph: lesson.graph, data: lesson.data, training: lesson.training };

// Reads the data literals out of a script with Python's own parser and checks them against the bundled asset:
// every source row exactly once, with its own label, split as the app split it.
const CHECK = `
import ast, json, sys
from collections import Counter
script, asset_path, width = sys.stdin.read().split("\\0")
values = {}
for node in ast.parse(script).body:
    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
        name = node.targets[0].id
        if name in ("TRAIN_POINTS", "TRAIN_LABELS", "VALIDATION_POINTS", "VALIDATION_LABELS"):
            values[name] = ast.literal_eval(node.value)
asset = json.load(open(asset_path))
w = int(width)
source = Counter((tuple(asset["x"][i * w:(i + 1) * w]), asset["y"][i]) for i in range(asset["samples"]))
exported = Counter()
for points, labels in (("TRAIN_POINTS", "TRAIN_LABELS"), ("VALIDATION_POINTS", "VALIDATION_LABELS")):
    for row, label in zip(values[points], values[labels]):
        label = label[0] if isinstance(label, list) else label
        exported[(tuple(row), int(label))] += 1
print(json.dumps({"train": len(values["TRAIN_POINTS"]), "validation": len(values["VALIDATION_POINTS"]),
                  "same": exported == source}))
`;

describe('exporting a project on a bundled real data set', () => {
  beforeAll(() => ensureDatasetLoaded(lesson.data));

  it.each([
    ['PyTorch', toPyTorch],
    ['Keras', toKeras],
  ] as const)(
    'the %s script embeds every wine of the source with its label, split as the app splits it',
    (_, exporter) => {
      const { code } = exporter(project);
      expect(code).toContain('The Wine cultivars data set (UCI Machine Learning Repository, Wine');
      expect(code).toContain('CC BY 4.0');
      const asset = join(root, 'assets', 'datasets', 'wine.json');
      const report = JSON.parse(runPythonWithInput(code, asset, 13)) as {
        train: number;
        validation: number;
        same: boolean;
      };
      expect(report).toEqual({ train: 44, validation: 134, same: true });
    },
  );
});

/** Runs CHECK with the script, the asset's path and the row width on its standard input. */
function runPythonWithInput(code: string, asset: string, width: number): string {
  return runPython(
    `import sys, io\nsys.stdin = io.StringIO(${JSON.stringify([code, asset, String(width)].join('\0'))})\n${CHECK}`,
  );
}
