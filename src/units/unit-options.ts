import type { UnitView } from './units.service.js';

export interface UnitOption {
  id: string;
  name: string;
  /**
   * What a <select> shows: the unit's own name first, so that the browser's type-ahead (which
   * matches the start of an option) reaches a sub-unit by its name, then the units above it,
   * "Phòng Đọc (Sở Văn hoá › Thư viện tỉnh)", which tells two "Phòng Hành chính" apart.
   */
  label: string;
  /** The whole path from the top, "Sở Văn hoá › Thư viện tỉnh › Phòng Đọc". */
  path: string;
  /** tree-0 … tree-4, for indenting checkboxes and table cells with CSS. */
  treeClass: string;
}

const SEPARATOR = ' › ';

/** Units in tree order (as UnitsService.list gives them) as choices for a select or checkboxes. */
export function unitOptions(units: UnitView[]): UnitOption[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  // The units above one, as far as the list goes (a manager's list starts at their own units).
  const ancestors = (unit: UnitView): string[] => {
    const names: string[] = [];
    for (
      let parent = unit.parentId ? byId.get(unit.parentId) : undefined;
      parent;
      parent = parent.parentId ? byId.get(parent.parentId) : undefined
    ) {
      names.unshift(parent.name);
      if (names.length > 20) {
        break;
      }
    }
    return names;
  };
  return units.map((unit) => {
    const above = ancestors(unit);
    return {
      id: unit.id,
      name: unit.name,
      label: above.length === 0 ? unit.name : `${unit.name} (${above.join(SEPARATOR)})`,
      path: [...above, unit.name].join(SEPARATOR),
      treeClass: `tree-${Math.min(unit.depth, 4)}`,
    };
  });
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
