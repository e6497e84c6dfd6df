import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { assertSubjectsInScope } from '../common/access/scope.js';
import { NotFound, ValidationFailed } from '../common/errors/domain-error.js';
import type { CreateUnitDto } from './dto/create-unit.dto.js';
import type { UpdateUnitDto } from './dto/update-unit.dto.js';
import { Unit } from './unit.entity.js';
import { UnitCodeTaken } from './units.errors.js';
import { type AuthUser, scopePatterns } from '../kernel/index.js';
import { moveSubtree, unitCodeTaken, type UnitNode, unitsInScope } from './units.repository.js';

export interface UnitView {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  depth: number;
}

const toView = (unit: UnitNode): UnitView => ({
  id: unit.id,
  code: unit.code,
  name: unit.name,
  parentId: unit.parentId,
  depth: unit.path.split('/').filter(Boolean).length - 1,
});

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateUnitDto, actor: AuthUser): Promise<UnitView> {
    return this.dataSource.transaction(async (manager) => {
      // Checked under the code's lock: racing creates of one code answer UNIT_CODE_TAKEN, not a raw unique violation.
      await lockNaturalKey(manager, 'units', 'code', dto.code);
      await this.assertCodeFree(manager, dto.code);
      const parent = dto.parentId ? await this.parentFor(manager, dto.parentId) : null;
      const id = randomUUID();
      const unit = await manager.save(Unit, {
        id,
        code: dto.code,
        name: dto.name,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
      });
      const view = toView(unit);
      await this.audit.record(manager, actor, { entity: 'units', entityId: id, action: 'create', after: view });
      return view;
    });
  }

  async update(id: string, dto: UpdateUnitDto, actor: AuthUser): Promise<UnitView> {
    return this.dataSource.transaction(async (manager) => {
      if (dto.code !== undefined) {
        await lockNaturalKey(manager, 'units', 'code', dto.code);
      }
      const unit = await this.lock(manager, id);
      const before = toView(unit);
      if (dto.code !== undefined && dto.code !== unit.code) {
        await this.assertCodeFree(manager, dto.code, id);
      }
      if (dto.parentId !== undefined && dto.parentId !== unit.parentId) {
        const parent = await this.parentFor(manager, dto.parentId);
        if (parent.path.startsWith(unit.path)) {
          throw new ValidationFailed([{ field: 'parentId', constraint: 'unitCycle', key: 'fieldErrors.unitCycle' }]);
        }
        const newPath = `${parent.path}${unit.id}/`;
        await moveSubtree(manager, unit.path, newPath);
        unit.path = newPath;
        unit.parentId = parent.id;
      }
      const saved = await manager.save(Unit, { ...unit, code: dto.code ?? unit.code, name: dto.name ?? unit.name });
      const after = toView(saved);
      await this.audit.record(manager, actor, { entity: 'units', entityId: id, action: 'update', before, after });
      return after;
    });
  }

  /** Units the user may see, as a tree: each parent before its children, siblings by name. */
  async list(user: AuthUser): Promise<UnitView[]> {
    return treeOrder(await unitsInScope(this.dataSource.manager, scopePatterns(user))).map(toView);
  }

  async get(id: string, user: AuthUser): Promise<UnitView> {
    const manager = this.dataSource.manager;
    await assertSubjectsInScope(manager, user, { unitIds: [id] });
    return toView((await manager.findOneBy(Unit, { id }))!);
  }

  private async lock(manager: EntityManager, id: string): Promise<Unit> {
    const unit = await manager.findOne(Unit, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!unit) {
      throw new NotFound('unit', id);
    }
    return unit;
  }

  private async parentFor(manager: EntityManager, parentId: string): Promise<Unit> {
    const parent = await manager.findOneBy(Unit, { id: parentId });
    if (!parent) {
      throw new ValidationFailed([
        { field: 'parentId', constraint: 'unknownUnit', key: 'fieldErrors.unknownUnit', params: { id: parentId } },
      ]);
    }
    return parent;
  }

  /** Codes are one whatever their case (units_code_lower_key): `tv-01` is taken by `TV-01`. */
  private async assertCodeFree(manager: EntityManager, code: string, exceptId: string | null = null): Promise<void> {
    if (await unitCodeTaken(manager, code, exceptId)) {
      throw new UnitCodeTaken(code);
    }
  }
}

function treeOrder(units: UnitNode[]): UnitNode[] {
  const byParent = new Map<string | null, UnitNode[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const unit of units) {
    // A unit whose parent is out of view is shown as a root.
    const key = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), unit]);
  }
  const ordered: UnitNode[] = [];
  const visit = (parentId: string | null): void => {
    for (const unit of (byParent.get(parentId) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'vi'))) {
      ordered.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return ordered;
}
