import { describe, expect, it } from 'vitest';
import { summarizeProfile } from './cpu-profile';

describe('summarizeProfile', () => {
  it('adds self time per function and per file, leaving idle out', () => {
    const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });
    const summary = summarizeProfile({
      nodes: [
        { id: 1, callFrame: frame('(root)', '') },
        { id: 2, callFrame: frame('parse', 'file:///work/main/node_modules/zod/index.js', 9) },
        { id: 3, callFrame: frame('render', 'http://127.0.0.1:4351/assets/main.js') },
        { id: 4, callFrame: frame('(idle)', '') },
      ],
      samples: [2, 2, 3, 4, 2],
      timeDeltas: [1000, 1000, 2000, 50_000, 1000],
      startTime: 0,
      endTime: 55_000,
    });
    expect(summary.totalMs).toBe(5);
    expect(summary.functions[0]).toEqual({ name: 'parse node_modules/zod/index.js:10', ms: 3, share: 60 });
    expect(summary.files.map((f) => f.name)).toEqual(['node_modules/zod/index.js', 'assets/main.js']);
  });
});
