import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OutOfScope } from '../common/errors/domain-error.js';
import { row, sql } from '../database/sql.js';
import { type AuthUser, isUnitPathInScope } from '../kernel/index.js';
import type { NominationTransitionLogEntry, NominationView } from './nomination.types.js';
import { NominationNotFound } from './nominations.errors.js';
import { toView, transitionLog, VIEW_COLUMNS, VIEW_FROM } from './nominations.sql.js';

/** Reading nominations: one, with the scope of the reader checked on the proposing unit. */
@Injectable()
export class NominationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The nomination, or 404; 403 when its proposing unit is outside the reader's units. */
  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<NominationView> {
    const found = await row<NominationView & { proposingUnitPath: string }>(
      manager,
      sql`SELECT ${VIEW_COLUMNS}, pu.path AS "proposingUnitPath" FROM ${VIEW_FROM} WHERE n.id = ${id}::uuid`,
    );
    if (found === undefined) {
      throw new NominationNotFound([id]);
    }
    if (!isUnitPathInScope(user, found.proposingUnitPath)) {
      throw new OutOfScope();
    }
    const { proposingUnitPath: _path, ...view } = found;
    return toView(view);
  }

  /** Its transitions, oldest first (read after `get`, which checked the scope). */
  log(id: string, manager: EntityManager = this.dataSource.manager): Promise<NominationTransitionLogEntry[]> {
    return transitionLog(manager, id);
  }
}
