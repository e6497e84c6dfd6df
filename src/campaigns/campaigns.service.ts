import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type AttachmentFile, type AttachmentView, AttachmentsService } from '../attachments/index.js';
import { AuditService } from '../audit/index.js';
import { type KeyedDetail, ValidationFailed } from '../common/errors/domain-error.js';
import type { Page } from '../common/paging/page-query.js';
import type { UploadedFile } from '../common/tabular-import/parse-table.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { type AuthUser } from '../kernel/index.js';
import type { CampaignView } from './campaign.types.js';
import { CampaignNameTaken, CampaignNotFound } from './campaigns.errors.js';
import {
  campaignById,
  campaignChoices,
  type CampaignFields,
  campaignPage,
  insertCampaign,
  issuerExists,
  lockCampaign,
  sameNameInYear,
  updateCampaign,
} from './campaigns.repository.js';
import type { CreateCampaignDto } from './dto/create-campaign.dto.js';
import type { ListCampaignsQuery } from './dto/list-campaigns.query.js';
import type { UpdateCampaignDto } from './dto/update-campaign.dto.js';

/** What the audit keeps of a campaign: its own fields, not the counts read beside them. */
const audited = ({ registrationCount: _r, fileCount: _f, issuerName: _i, ...fields }: CampaignView) => fields;

const fieldsOf = (view: CampaignView): CampaignFields => ({
  name: view.name,
  kind: view.kind,
  year: view.year,
  startsOn: view.startsOn,
  endsOn: view.endsOn,
  issuerId: view.issuerId,
  launchDocument: view.launchDocument,
});

/**
 * Campaigns (phong trào thi đua): created and changed by HR officers and admins, read by everyone,
 * each change audited; their documents are attachments (PDF, DOCX, images) kept in the database.
 */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
  ) {}

  async create(dto: CreateCampaignDto, actor: AuthUser): Promise<CampaignView> {
    const fields: CampaignFields = {
      name: dto.name,
      kind: dto.kind,
      year: dto.year,
      startsOn: dto.startsOn,
      endsOn: dto.endsOn,
      issuerId: dto.issuerId ?? null,
      launchDocument: dto.launchDocument ?? null,
    };
    return this.dataSource.transaction(async (manager) => {
      await this.check(manager, fields, null);
      const id = await insertCampaign(manager, fields, actor.id);
      const after = (await campaignById(manager, id))!;
      await this.audit.record(manager, actor, { entity: 'campaigns', entityId: id, action: 'create', after: audited(after) });
      return after;
    });
  }

  async update(id: string, dto: UpdateCampaignDto, actor: AuthUser): Promise<CampaignView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await lockCampaign(manager, id);
      if (before === undefined) {
        throw new CampaignNotFound(id);
      }
      const was = fieldsOf(before);
      // A field left out keeps its value; null clears issuerId and launchDocument (the pipe refuses null elsewhere).
      const fields: CampaignFields = {
        name: dto.name ?? was.name,
        kind: dto.kind ?? was.kind,
        year: dto.year ?? was.year,
        startsOn: dto.startsOn ?? was.startsOn,
        endsOn: dto.endsOn ?? was.endsOn,
        issuerId: dto.issuerId === undefined ? was.issuerId : dto.issuerId,
        launchDocument: dto.launchDocument === undefined ? was.launchDocument : dto.launchDocument,
      };
      await this.check(manager, fields, id);
      await updateCampaign(manager, id, fields);
      const after = (await campaignById(manager, id))!;
      await this.audit.record(manager, actor, {
        entity: 'campaigns',
        entityId: id,
        action: 'update',
        before: audited(before),
        after: audited(after),
      });
      return after;
    });
  }

  async get(id: string): Promise<CampaignView> {
    const found = await campaignById(this.dataSource.manager, id);
    if (found === undefined) {
      throw new CampaignNotFound(id);
    }
    return found;
  }

  async list(query: ListCampaignsQuery): Promise<Page<CampaignView>> {
    const found = await campaignPage(
      this.dataSource.manager,
      { year: query.year ?? null, kind: query.kind ?? null },
      { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    return { ...found, page: query.page, pageSize: query.pageSize };
  }

  /** The campaigns a form offers, newest first. */
  choices(): Promise<Array<{ id: string; name: string; year: number }>> {
    return campaignChoices(this.dataSource.manager);
  }

  /** A document attached to the campaign, under the campaign's lock (its files are counted one upload at a time). */
  async addFile(id: string, file: UploadedFile, actor: AuthUser): Promise<AttachmentView> {
    return this.dataSource.transaction(async (manager) => {
      if ((await lockCampaign(manager, id)) === undefined) {
        throw new CampaignNotFound(id);
      }
      return this.attachments.store(manager, { kind: 'campaign', id }, file, actor);
    });
  }

  async files(id: string): Promise<AttachmentView[]> {
    const manager = this.dataSource.manager;
    await this.existing(manager, id);
    return this.attachments.list(manager, { kind: 'campaign', id });
  }

  async file(id: string, fileId: string): Promise<AttachmentFile> {
    const manager = this.dataSource.manager;
    await this.existing(manager, id);
    return this.attachments.file(manager, { kind: 'campaign', id }, fileId);
  }

  async removeFile(id: string, fileId: string, actor: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if ((await lockCampaign(manager, id)) === undefined) {
        throw new CampaignNotFound(id);
      }
      await this.attachments.remove(manager, { kind: 'campaign', id }, fileId, actor);
    });
  }

  private async existing(manager: EntityManager, id: string): Promise<CampaignView> {
    const found = await campaignById(manager, id);
    if (found === undefined) {
      throw new CampaignNotFound(id);
    }
    return found;
  }

  /**
   * The period runs forward and contains the year; the issuer exists; no other campaign of the year
   * has the name. The name is locked first, so two creations of one name give one campaign and a 409.
   */
  private async check(manager: EntityManager, fields: CampaignFields, id: string | null): Promise<void> {
    const problems: KeyedDetail[] = [];
    if (fields.endsOn < fields.startsOn) {
      problems.push({ field: 'endsOn', constraint: 'endBeforeStart', key: 'fieldErrors.endBeforeStart' });
    } else if (fields.year < Number(fields.startsOn.slice(0, 4)) || fields.year > Number(fields.endsOn.slice(0, 4))) {
      problems.push({
        field: 'year',
        constraint: 'yearOutsidePeriod',
        key: 'campaigns.fieldErrors.yearOutsidePeriod',
        params: { year: fields.year, from: fields.startsOn.slice(0, 4), to: fields.endsOn.slice(0, 4) },
      });
    }
    if (fields.issuerId !== null && !(await issuerExists(manager, fields.issuerId))) {
      problems.push({ field: 'issuerId', constraint: 'unknownIssuer', key: 'fieldErrors.unknownIssuer' });
    }
    if (problems.length > 0) {
      throw new ValidationFailed(problems);
    }
    await lockNaturalKey(manager, 'campaigns', fields.year, fields.name.toLowerCase());
    if (await sameNameInYear(manager, fields.name, fields.year, id)) {
      throw new CampaignNameTaken(fields.name, fields.year);
    }
  }
}
