import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeProjectLink, parseProject, projectLinkUrl } from '../../../src/project/index';
import { QUIET_ZONE, qrPicture } from './qr-code';

/** The dark modules the path paints, as a matrix over the whole picture (quiet zone included). */
function painted(path: string, side: number): boolean[][] {
  const grid = Array.from({ length: side }, () => new Array<boolean>(side).fill(false));
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let c = Number(x); c < Number(x) + Number(w); c++) grid[Number(y)][c] = true;
  }
  return grid;
}

/** Whether a 7×7 finder pattern (dark ring, light ring, dark 3×3 core) sits with its corner at (row, col). */
function finderAt(grid: boolean[][], row: number, col: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (grid[row + r][col + c] !== (ring !== 2)) return false;
    }
  }
  return true;
}

describe('the QR code of a link', () => {
  it('draws the three finder patterns inside a four-module quiet zone', () => {
    const picture = qrPicture('https://school.example/studio/#p=abc');
    expect(picture.side).toBe(picture.size + 2 * QUIET_ZONE);
    expect(picture.size).toBe(17 + 4 * picture.version);
    const grid = painted(picture.path, picture.side);
    const far = QUIET_ZONE + picture.size - 7;
    expect(finderAt(grid, QUIET_ZONE, QUIET_ZONE)).toBe(true);
    expect(finderAt(grid, QUIET_ZONE, far)).toBe(true);
    expect(finderAt(grid, far, QUIET_ZONE)).toBe(true);
    expect(finderAt(grid, far, far)).toBe(false);
    const margin = [...grid.slice(0, QUIET_ZONE), ...grid.slice(-QUIET_ZONE)]
      .flat()
      .concat(grid.flatMap((row) => [...row.slice(0, QUIET_ZONE), ...row.slice(-QUIET_ZONE)]));
    expect(margin.some(Boolean)).toBe(false);
  });

  it('holds the link of the largest bundled lesson', async () => {
    const file = parseProject(
      readFileSync(join(__dirname, '..', '..', '..', 'assets', 'examples', 'deep-sigmoid-batchnorm.mlp'), 'utf8'),
    );
    const url = projectLinkUrl('https://school.example/mlp-studio/', await encodeProjectLink(file));
    const picture = qrPicture(url);
    expect(picture.version).toBeLessThanOrEqual(40);
    expect(picture.path.length).toBeGreaterThan(0);
  });

  it('says how long a link is when no QR code can hold it', () => {
    expect(() => qrPicture('x'.repeat(3000))).toThrow(/at most 2,953 bytes and this link has 3,000/);
  });
});
