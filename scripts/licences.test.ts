import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectLicences, importedPackages, isTestSource, licenceOf, packageOf } from './licences';

describe('licence collection', () => {
  it('reads the package of a bare import and ignores relative, built-in, virtual and Electron imports', () => {
    expect(packageOf('@xyflow/react/dist/style.css')).toBe('@xyflow/react');
    expect(packageOf('zod')).toBe('zod');
    expect(packageOf('react-dom/client')).toBe('react-dom');
    for (const skipped of [
      './App',
      '../src/graph/types',
      'node:fs',
      'fs',
      'virtual:mlp-about',
      'electron',
      '/assets/x.mlp?raw',
    ])
      expect(packageOf(skipped), skipped).toBeNull();
  });

  it('finds runtime imports, dynamic imports and side-effect imports, not type-only ones', () => {
    const source = [
      "import { z } from 'zod';",
      "import type { Node } from '@xyflow/react';",
      "import '@xyflow/react/dist/style.css';",
      "export { create } from 'zustand';",
      "const tf = await import('@tensorflow/tfjs');",
      "import { type A, b } from 'papaparse';",
    ].join('\n');
    expect(importedPackages(source).sort()).toEqual([
      '@tensorflow/tfjs',
      '@xyflow/react',
      'papaparse',
      'zod',
      'zustand',
    ]);
  });

  it('reads licences written either way', () => {
    expect(licenceOf({ license: 'MIT' })).toBe('MIT');
    expect(licenceOf({ license: { type: 'BSD-3-Clause' } })).toBe('BSD-3-Clause');
    expect(licenceOf({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('MIT OR Apache-2.0');
    expect(licenceOf({})).toBe('UNKNOWN');
  });

  it('tells test sources from app sources', () => {
    for (const test of [
      'a/b.test.ts',
      'x/test-samples.ts',
      'src/training/test-support/compare.ts',
      'renderer/features/files/fake-platform.ts',
      'm.d.ts',
    ])
      expect(isTestSource(test), test).toBe(true);
    expect(isTestSource('renderer/features/welcome/tour-steps.ts')).toBe(false);
  });

  it("lists this project's renderer libraries with their licences, and none of its build or test tools", () => {
    const licences = collectLicences(path.join(import.meta.dirname, '..'));
    const byName = new Map(licences.map((l) => [l.name, l]));
    for (const runtime of [
      'react',
      'react-dom',
      'zod',
      'zustand',
      '@xyflow/react',
      'recharts',
      'papaparse',
      'elkjs',
      '@tensorflow/tfjs-core',
      'd3-zoom',
    ]) {
      expect(byName.get(runtime)?.license, runtime).toMatch(/\S/);
    }
    expect(byName.get('react')?.license).toBe('MIT');
    expect(byName.get('@tensorflow/tfjs-core')?.license).toBe('Apache-2.0');
    for (const tool of [
      'vitest',
      'vite',
      'electron',
      'electron-builder',
      'typescript',
      'eslint',
      'fast-check',
      '@playwright/test',
      '@types/react',
    ])
      expect(byName.has(tool), tool).toBe(false);
    expect(licences.every((l) => l.license !== 'UNKNOWN')).toBe(true);
  });
});
