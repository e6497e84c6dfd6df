import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type AttachmentFile, type AttachmentOwner, type AttachmentView, AttachmentsService } from '../attachments/index.js';
import { Forbidden } from '../common/errors/domain-error.js';
import type { UploadedFile } from '../common/tabular-import/parse-table.js';
import { execute, sql } from '../database/sql.js';
import { type AuthUser, hasAnyRole } from '../kernel/index.js';
import { NominationsService, type NominationView } from '../nominations/index.js';
import { NominationFilesClosed } from './nomination-files.errors.js';

/** The states in which the proposer changes a nomination, its evidence included (the law's table: edit on draft and returned). */
export const EVIDENCE_OPEN_STATES: ReadonlySet<string> = new Set(['draft', 'returned']);

const ownerOf = (id: string): AttachmentOwner => ({ kind: 'nomination', id: id.toLowerCase() });

/**
 * A nomination's evidence files (tài liệu minh chứng: the achievement report, minutes, scans of
 * certificates), through the attachments mechanism. Anyone who may read the nomination (its
 * proposing unit in their scope) lists and downloads them; HR officers of that unit and admins add
 * and delete them while it is a draft or returned. The nomination's row is locked first, so a file
 * cannot slip in while it is being submitted.
 */
@Injectable()
export class NominationFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly nominations: NominationsService,
    private readonly attachments: AttachmentsService,
  ) {}

  async add(id: string, file: UploadedFile, actor: AuthUser): Promise<AttachmentView> {
    return this.dataSource.transaction(async (manager) => {
      await this.editable(manager, id, actor);
      return this.attachments.store(manager, ownerOf(id), file, actor);
    });
  }

  async remove(id: string, fileId: string, actor: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.editable(manager, id, actor);
      await this.attachments.remove(manager, ownerOf(id), fileId, actor);
    });
  }

  /** The files, for whoever may read the nomination (404 unknown, 403 outside their units). */
  async list(id: string, user: AuthUser): Promise<AttachmentView[]> {
    const manager = this.dataSource.manager;
    await this.nominations.get(id, user, manager);
    return this.attachments.list(manager, ownerOf(id));
  }

  async file(id: string, fileId: string, user: AuthUser): Promise<AttachmentFile> {
    const manager = this.dataSource.manager;
    await this.nominations.get(id, user, manager);
    return this.attachments.file(manager, ownerOf(id), fileId);
  }

  /** Whether the user may add and delete the nomination's files now (for the pages' forms). */
  static mayEdit(nomination: Pick<NominationView, 'state'>, user: AuthUser): boolean {
    return hasAnyRole(user, ['hr_officer']) && EVIDENCE_OPEN_STATES.has(nomination.state);
  }

  /** Locks the nomination, then: it exists (404), is in the actor's units (403), the actor edits nominations (403), it is open (409). */
  private async editable(manager: EntityManager, id: string, actor: AuthUser): Promise<NominationView> {
    await execute(manager, sql`SELECT id FROM nominations WHERE id = ${id}::uuid FOR UPDATE`);
    const nomination = await this.nominations.get(id, actor, manager);
    if (!hasAnyRole(actor, ['hr_officer'])) {
      throw new Forbidden('Only HR officers and admins change the evidence of a nomination');
    }
    if (!EVIDENCE_OPEN_STATES.has(nomination.state)) {
      throw new NominationFilesClosed(nomination.id, nomination.state);
    }
    return nomination;
  }
}
