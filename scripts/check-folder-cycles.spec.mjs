import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCycles, findCycles, folderGraph, folderOf, loopsOf, readSources, TOP } from './check-folder-cycles.mjs';

/** A src/ tree given as { 'path/under/src.ts': 'source' }. */
const cyclesOf = (files) => findCycles(folderGraph(new Map(Object.entries(files))));

describe('folderOf', () => {
  it('names a file by the first folder of its path under src/', () => {
    expect(folderOf('staff/import/staff-import.plan.ts')).toBe('staff');
    expect(folderOf('kernel/index.ts')).toBe('kernel');
  });

  it('puts the composition files of src/ itself in one "(top)" folder', () => {
    expect(folderOf('app.module.ts')).toBe(TOP);
  });

  it('leaves paths outside src/ out', () => {
    expect(folderOf('../migrations/index.js')).toBeNull();
  });
});

describe('findCycles', () => {
  it('finds two features that import each other, though no module imports itself back', () => {
    const cycles = cyclesOf({
      'eligibility/eligibility.service.ts': "import { RATINGS } from '../history/appraisal.entity.js';",
      'history/history-pages.controller.ts': "import { EligibilityService } from '../eligibility/eligibility.service.js';",
    });

    expect(cycles).toEqual([['eligibility', 'history']]);
  });

  it('finds a cycle through three folders', () => {
    const cycles = cyclesOf({
      'a/x.ts': "import { b } from '../b/x.js';",
      'b/x.ts': "import { c } from '../c/x.js';",
      'c/x.ts': "import { a } from '../a/x.js';",
      'd/x.ts': "import { a } from '../a/x.js';",
    });

    expect(cycles).toEqual([['a', 'b', 'c']]);
  });

  it('counts type-only, re-exported and dynamic imports', () => {
    expect(cyclesOf({ 'a/x.ts': "import type { B } from '../b/x.js';", 'b/x.ts': "export { A } from '../a/x.js';" })).toEqual([['a', 'b']]);
    expect(cyclesOf({ 'a/x.ts': "const b = () => import('../b/x.js');", 'b/x.ts': "import '../a/x.js';" })).toEqual([['a', 'b']]);
  });

  it('finds a feature that imports a composition file which imports it', () => {
    const cycles = cyclesOf({
      'app.setup.ts': "import { StaffModule } from './staff/staff.module.js';",
      'staff/import/read-upload.ts': "import { MAX_UPLOAD_BYTES } from '../../app.setup.js';",
    });

    expect(cycles).toEqual([[TOP, 'staff']]);
  });

  it('finds nothing when the folders depend on each other one way', () => {
    const cycles = cyclesOf({
      'main.ts': "import { AppModule } from './app.module.js';",
      'app.module.ts': "import { StaffModule } from './staff/index.js';",
      'staff/staff.service.ts': "import { UnitsService } from '../units/index.js';\nimport { Role } from '../kernel/index.js';",
      'units/units.service.ts': "import { Role } from '../kernel/index.js';\nimport { helper } from './helper.js';",
      'database/options.ts': "import { MIGRATIONS } from '../../migrations/index.js';\nimport pg from 'pg';",
    });

    expect(cycles).toEqual([]);
  });

  it('ignores imports written in comments and strings', () => {
    const cycles = cyclesOf({
      'a/x.ts': "import { b } from '../b/x.js';",
      'b/x.ts': "// import { a } from '../a/x.js';\nexport const text = \"import { a } from '../a/x.js'\";",
    });

    expect(cycles).toEqual([]);
  });
});

describe('describeCycles', () => {
  it('names each loop and the imports that make each step, a few per step', () => {
    const graph = folderGraph(
      new Map([
        ['a/one.ts', "import { b } from '../b/x.js';"],
        ['a/two.ts', "import { b } from '../b/x.js';"],
        ['b/x.ts', "import { a } from '../a/one.js';"],
      ]),
    );

    expect(describeCycles(findCycles(graph), graph, 1).split('\n')).toEqual([
      'Folder-level import cycles under src/ (folders must depend on each other one way only):',
      '  a → b → a',
      '    a → b:',
      '      src/a/one.ts imports ../b/x.js',
      '      … and 1 more',
      '    b → a:',
      '      src/b/x.ts imports ../a/one.js',
    ]);
  });

  it('shows the short loops of a tangle rather than every import inside it', () => {
    // kernel is imported by everyone; one import back from kernel ties it to every folder.
    const graph = folderGraph(
      new Map([
        ['kernel/probe.ts', "import { StaffService } from '../staff/index.js';"],
        ['staff/x.ts', "import { Role } from '../kernel/index.js';\nimport { UnitsService } from '../units/index.js';"],
        ['units/x.ts', "import { Role } from '../kernel/index.js';"],
      ]),
    );
    const [group] = findCycles(graph);

    expect(group).toEqual(['kernel', 'staff', 'units']);
    expect(loopsOf(group, graph).map((loop) => loop.join(' → '))).toEqual(['kernel → staff → kernel', 'kernel → staff → units → kernel']);
    expect(describeCycles([group], graph, 1, 1).split('\n').slice(1)).toEqual([
      '  kernel → staff → kernel',
      '    kernel → staff:',
      '      src/kernel/probe.ts imports ../staff/index.js',
      '    staff → kernel:',
      '      src/staff/x.ts imports ../kernel/index.js',
      '  … and 1 longer loop(s) through kernel, staff, units',
    ]);
  });
});

describe('readSources', () => {
  it('reads the production sources of a tree and leaves the specs out', () => {
    const root = mkdtempSync(join(tmpdir(), 'folder-cycles-'));
    try {
      mkdirSync(join(root, 'staff', 'import'), { recursive: true });
      writeFileSync(join(root, 'main.ts'), '');
      writeFileSync(join(root, 'staff', 'import', 'plan.ts'), '');
      writeFileSync(join(root, 'staff', 'import', 'plan.spec.ts'), "import '../../units/x.js';");

      expect([...readSources(root).keys()].sort()).toEqual(['main.ts', join('staff', 'import', 'plan.ts')]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
