// The cycle check that `npm run lint` runs: it must find a cycle when there is one (type imports included).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs script without types
import { findCycles, importGraph } from '../../../scripts/check-cycles.mjs';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('check-cycles', () => {
  it('finds a cycle made of type-only imports across folders', () => {
    const dir = tree({
      'a/protocol.ts': "import type { P } from '../b/predictions';\nexport type M = P;\n",
      'b/predictions.ts': "import type { R } from './runner';\nexport type P = R;\n",
      'b/runner.ts': "import type { M } from '../a/protocol';\nexport type R = M | 1;\n",
      'c/leaf.ts': "export const x = 1;\n",
    });
    const cycles: string[][] = findCycles(importGraph(dir));
    expect(cycles).toHaveLength(1);
    expect(cycles[0].map((f) => f.slice(dir.length + 1)).sort()).toEqual(['a/protocol.ts', 'b/predictions.ts', 'b/runner.ts']);
  });

  it('passes an acyclic tree, and the real src/', () => {
    const dir = tree({ 'wire.ts': 'export const N = 1;\n', 'engine.ts': "import { N } from './wire';\nexport const E = N;\n", 'ui.ts': "import { N } from './wire';\n" });
    expect(findCycles(importGraph(dir))).toEqual([]);
    expect(findCycles(importGraph(join(__dirname, '../../../src')))).toEqual([]);
  });
});
