import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_EDGES, MAX_FILE_BYTES, MAX_NODES, MAX_WEIGHT_FLOATS } from './limits';
import { parseProject } from './parse';
import { serializeProject } from './serialize';
import { loadWeights } from './weights';

const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'mlp-format.md'), 'utf8');

describe('docs/mlp-format.md', () => {
  it('shows a complete example that opens, is written exactly as the app writes it, and decodes as it says', () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const file = parseProject(example as string);
    expect(serializeProject(file)).toBe(example);
    const [kernel, bias] = loadWeights(file.state?.weights ?? []);
    expect(Array.from(kernel.values)).toEqual([1.25, -3.5]);
    expect(Array.from(bias.values)).toEqual([0.5]);
  });

  it('states the limits the code enforces', () => {
    expect(doc).toContain(`${MAX_FILE_BYTES.toLocaleString('en-US')} bytes`);
    expect(doc).toContain(`\`nodes\` (≤ ${MAX_NODES})`);
    expect(doc).toContain(`\`edges\` (≤ ${MAX_EDGES})`);
    expect(doc).toContain(`${MAX_WEIGHT_FLOATS.toLocaleString('en-US')} floats`);
  });
});
