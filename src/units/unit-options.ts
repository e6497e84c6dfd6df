import type { UnitView } from './units.service.js';

export interface UnitOption {
  id: string;
  name: string;
  /** The name indented by depth with no-break spaces: a <select> ignores CSS padding on options. */
  label: string;
  /** tree-0 … tree-4, for indenting checkboxes and table cells with CSS. */
  treeClass: string;
}

const INDENT = '\u00a0\u00a0\u00a0';

/** Units in tree order (as UnitsService.list gives them) as choices for a select or checkboxes. */
export function unitOptions(units: UnitView[]): UnitOption[] {
  return units.map((unit) => ({
    id: unit.id,
    name: unit.name,
    label: `${INDENT.repeat(unit.depth)}${unit.name}`,
    treeClass: `tree-${Math.min(unit.depth, 4)}`,
  }));
}

/** The unit and its sub-units: tree order puts the sub-units right after it, deeper than it. */
export function unitWithDescendants(units: UnitView[], unitId: string): Set<string> {
  const start = units.findIndex((unit) => unit.id === unitId);
  if (start < 0) {
    return new Set();
  }
  const ids = new Set([unitId]);
  for (let i = start + 1; i < units.length && units[i].depth > units[start].depth; i++) {
    ids.add(units[i].id);
  }
  return ids;
}
