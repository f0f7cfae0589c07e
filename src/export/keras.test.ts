import { describe, expect, it } from 'vitest';
import { prepareData } from '../data/index';
import type { NodeOf } from '../graph/types';
import { createProject } from '../project/create';
import { toKeras } from './keras';
import { kerasLayers } from './test-support/read-scripts';
import { runPython } from './test-support/run-python';

const starter = createProject();
const project = { title: 'Moons starter', graph: starter.graph, data: starter.data, training: starter.training };

describe('toKeras', () => {
  it("declares the starter network's layers in order in the functional API and trains the logits with every setting", () => {
    const { code, fileName } = toKeras({
      ...project,
      training: { ...starter.training, optimizer: { ...starter.training.optimizer, name: 'adam', learningRate: 0.01 } },
    });
    expect(fileName).toBe('moons_starter_keras.py');
    expect(kerasLayers(code).map((l) => `${l.ident}<-${l.inputs.join('+')}:${l.className}`)).toEqual([
      'linear_1<-input_layer:Dense',
      'relu_1<-linear_1:Activation',
      'linear_2<-relu_1:Dense',
      'sigmoid_1<-linear_2:Activation',
    ]);
    expect(code).toContain(
      "layers.Dense(8, use_bias=True, kernel_initializer='glorot_uniform', bias_initializer='zeros', name='linear_1')",
    );
    expect(code).toContain('training_model = keras.Model(input_layer, linear_2)');
    expect(code).toContain('loss=keras.losses.BinaryCrossentropy(from_logits=True)');
    expect(code).toContain("keras.metrics.BinaryAccuracy(threshold=0.0, name='accuracy')");
    expect(code).toContain('keras.optimizers.Adam(learning_rate=0.01, beta_1=0.9, beta_2=0.999, epsilon=1e-7)');
    expect(code).toContain(`epochs=EPOCHS`);
    expect(code).toContain('keras.utils.set_random_seed(SEED)');
  });

  it('maps the data through the Input node in Python exactly as the app does (standardisation and plane features)', () => {
    const graph = {
      ...starter.graph,
      nodes: starter.graph.nodes.map((n) =>
        n.kind === 'input'
          ? ({ ...n, params: { ...n.params, features: ['x1', 'x2', 'x1Squared', 'x1x2', 'sinX2'] } } as NodeOf<'input'>)
          : n,
      ),
    };
    const data = { ...starter.data, kind: 'circles' as const, standardize: true, samples: 60 };
    const { code } = toKeras({ ...project, graph, data });
    const dataPart = `import numpy as np\n${code.slice(code.indexOf('# ----'), code.indexOf('def targets('))}`;
    const printed = runPython(
      `${dataPart}\nimport json\nprint(json.dumps([X_train.astype(float).tolist(), X_val.astype(float).tolist(), str(X_train.dtype)]))\n`,
    );
    const [train, validation, dtype] = JSON.parse(printed) as [number[][], number[][], string];
    const prepared = prepareData(data, {
      source: 'plane',
      features: ['x1', 'x2', 'x1Squared', 'x1x2', 'sinX2'],
      columns: 2,
    });
    expect(dtype).toBe('float32');
    expect(train.length).toBe(prepared.train.n);
    // Standardisation is float64 then float32 in both; the features are float32 products, sin may differ in the last bit.
    train.flat().forEach((v, i) => expect(v).toBeCloseTo(prepared.train.x[i], 5));
    validation.flat().forEach((v, i) => expect(v).toBeCloseTo(prepared.validation.x[i], 5));
  });

  it('one-hot targets and categorical cross-entropy from the logits for several classes', () => {
    const base = createProject();
    const graph = {
      ...base.graph,
      nodes: base.graph.nodes.map((n) => {
        if (n.kind === 'dense' && n.params.units === 1) return { ...n, params: { ...n.params, units: 3 } };
        if (n.kind === 'activation' && n.params.activation === 'sigmoid')
          return { ...n, params: { ...n.params, activation: 'softmax' as const } };
        if (n.kind === 'output') return { ...n, params: { loss: 'categoricalCrossentropy' as const } };
        return n;
      }),
    } as typeof base.graph;
    const { code } = toKeras({ ...project, graph, data: { ...base.data, kind: 'blobs', classes: 3 } });
    expect(code).toContain('np.eye(3, dtype=np.float32)[labels.astype(int)]');
    expect(code).toContain('keras.losses.CategoricalCrossentropy(from_logits=True)');
    expect(code).toContain("keras.metrics.CategoricalAccuracy(name='accuracy')");
  });
});
