#!/usr/bin/env node
// Part of `npm run lint`: fails when the folders of src/ import each other in a circle. The folder
// of a file is the first segment of its path under src/ (`history`, `common`…; "(top)" for main.ts,
// app.module.ts…). History importing eligibility while eligibility imports history is a cycle even
// when no single module cycle exists: the two folders can no longer be understood, tested or moved
// one without the other. The layer rules in eslint.layers.js cannot see this, hence this script.
// Spec files are left out (tests may reach across folders); type-only and dynamic imports count.
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export const TOP = '(top)';

/** The folder of a path relative to src/ ("staff/import/x.ts" → "staff", "main.ts" → "(top)"); null outside src/. */
export function folderOf(srcRelativePath) {
  const segments = normalize(srcRelativePath).split(sep);
  if (segments[0] === '..') {
    return null;
  }
  return segments.length > 1 ? segments[0] : TOP;
}

/** Production sources only: specs and their factories (`testing/`, never built) may import across folders. */
export const isProductionSource = (path) => path.endsWith('.ts') && !path.endsWith('.spec.ts') && !/(^|\/)testing\//u.test(path);

/** Every import between two folders: Map<from, Map<to, ["file imports spec", …]>>. */
export function folderGraph(files) {
  const graph = new Map();
  for (const [path, text] of files) {
    const from = folderOf(path);
    for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!spec.startsWith('.')) {
        continue;
      }
      const to = folderOf(join(path, '..', spec));
      if (to === null || to === from) {
        continue;
      }
      const targets = graph.get(from) ?? new Map();
      graph.set(from, targets);
      targets.set(to, [...(targets.get(to) ?? []), `src/${path} imports ${spec}`]);
    }
  }
  return graph;
}

/** The groups of folders that reach each other (strongly connected components of two or more), sorted. */
export function findCycles(graph) {
  // Tarjan's algorithm: one depth-first walk, each folder's lowest reachable index on the stack.
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  const visit = (folder) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder));
    stack.push(folder);
    onStack.add(folder);
    for (const next of graph.get(folder)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(folder, Math.min(low.get(folder), index.get(next)));
      }
    }
    if (low.get(folder) === index.get(folder)) {
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== folder);
      if (group.length > 1) {
        groups.push(group.sort());
      }
    }
  };
  for (const folder of [...graph.keys()].sort()) {
    if (!index.has(folder)) {
      visit(folder);
    }
  }
  return groups.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The shortest loop from a folder back to itself inside one group, as [start, …, start]. */
function shortestLoop(graph, start, group) {
  const cameFrom = new Map();
  const queue = [start];
  while (queue.length > 0 && !cameFrom.has(start)) {
    const folder = queue.shift();
    for (const next of graph.get(folder)?.keys() ?? []) {
      if (group.includes(next) && !cameFrom.has(next)) {
        cameFrom.set(next, folder);
        queue.push(next);
      }
    }
  }
  const loop = [start];
  for (let folder = cameFrom.get(start); folder !== start; folder = cameFrom.get(folder)) {
    loop.unshift(folder);
  }
  return [start, ...loop];
}

/** The distinct shortest loops of a group (one through each folder), shortest first. */
export function loopsOf(group, graph) {
  const loops = new Map();
  for (const folder of group) {
    const loop = shortestLoop(graph, folder, group).slice(1);
    const first = loop.indexOf([...loop].sort()[0]);
    const rotated = [...loop.slice(first), ...loop.slice(0, first)];
    loops.set(rotated.join(' → '), [...rotated, rotated[0]]);
  }
  return [...loops.values()].sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()));
}

/** What to print for the cycles found: the shortest loops and the imports that make each of their steps. */
export function describeCycles(groups, graph, examplesPerStep = 3, loopsPerGroup = 5) {
  const lines = ['Folder-level import cycles under src/ (folders must depend on each other one way only):'];
  for (const group of groups) {
    const loops = loopsOf(group, graph);
    for (const loop of loops.slice(0, loopsPerGroup)) {
      lines.push(`  ${loop.join(' → ')}`);
      for (let step = 0; step < loop.length - 1; step++) {
        const imports = graph.get(loop[step]).get(loop[step + 1]);
        lines.push(`    ${loop[step]} → ${loop[step + 1]}:`);
        lines.push(...imports.slice(0, examplesPerStep).map((line) => `      ${line}`));
        if (imports.length > examplesPerStep) {
          lines.push(`      … and ${imports.length - examplesPerStep} more`);
        }
      }
    }
    if (loops.length > loopsPerGroup) {
      lines.push(`  … and ${loops.length - loopsPerGroup} longer loop(s) through ${group.join(', ')}`);
    }
  }
  return lines.join('\n');
}

/** The production sources of a src/ folder on disk, keyed by their path relative to it. */
export function readSources(srcDir) {
  const files = new Map();
  for (const entry of readdirSync(srcDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && isProductionSource(path)) {
      files.set(relative(srcDir, path), readFileSync(path, 'utf8'));
    }
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const graph = folderGraph(readSources(fileURLToPath(new URL('../src', import.meta.url))));
  const groups = findCycles(graph);
  if (groups.length > 0) {
    console.error(describeCycles(groups, graph));
    process.exit(1);
  }
  console.log(`No folder-level import cycle under src/ (${graph.size} folders import others).`);
}
