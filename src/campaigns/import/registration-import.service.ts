import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AuditRecord, AuditService } from '../../audit/index.js';
import { awardTypeProblem, CatalogueService } from '../../catalogue/index.js';
import { chunks } from '../../common/tabular-import/batches.js';
import { parseTable, type UploadedFile } from '../../common/tabular-import/parse-table.js';
import { lockNaturalKey } from '../../database/natural-key-lock.js';
import { type AuthUser, isUnitPathInScope } from '../../kernel/index.js';
import type { RegistrationView } from '../campaign.types.js';
import { CampaignNotFound } from '../campaigns.errors.js';
import { campaignById } from '../campaigns.repository.js';
import { insertRegistrations, registrationsByIds, registrationsOfSubjects } from '../registrations.repository.js';
import { registrationKey, subjectLists } from '../registrations.service.js';
import { awardMatcher, checkRegistrationRows, REGISTRATION_COLUMNS } from './registration-columns.js';
import { type CodedSubject, staffByCodes, unitsByCodes } from './registration-import.sql.js';
import { RegistrationImportInvalid, type RegistrationProblem } from './registration-problems.js';

export interface RegistrationImportResult {
  created: number;
  /** Rows already registered: left as they are. */
  unchanged: number;
}

/**
 * Registrations of one campaign from a CSV or XLSX file, all or nothing: the file is read within the
 * import bounds (`IMPORT_LIMITS`) before the transaction opens; then every row is checked (codes,
 * scope, the award for that subject and year, repeats in the file) under the campaign's key lock, and
 * only a file without a problem is written, one statement for every new row and one audit entry each.
 */
@Injectable()
export class RegistrationImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly catalogue: CatalogueService,
  ) {}

  async importFile(campaignId: string, file: UploadedFile, actor: AuthUser): Promise<RegistrationImportResult> {
    const table = await parseTable(file, REGISTRATION_COLUMNS);
    const checked = checkRegistrationRows(table);
    const types = await this.catalogue.list();
    return this.dataSource.transaction(async (manager) => {
      const campaign = await campaignById(manager, campaignId);
      if (campaign === undefined) {
        throw new CampaignNotFound(campaignId);
      }
      await lockNaturalKey(manager, 'registrations', campaign.id);
      const codes = (kind: 'staff' | 'unit') => checked.rows.filter((row) => row.kind === kind).map((row) => row.code);
      const byKey = (found: CodedSubject[]) => new Map(found.map((subject) => [subject.key, subject]));
      const staff = byKey(await staffByCodes(manager, codes('staff')));
      const units = byKey(await unitsByCodes(manager, codes('unit')));
      const match = awardMatcher(types);
      const problems: RegistrationProblem[] = [...checked.problems];
      const firstLine = new Map<string, number>();
      const items: Array<{ staffId: string | null; unitId: string | null; awardType: string }> = [];
      for (const row of checked.rows) {
        const field = row.kind === 'staff' ? 'staffCode' : 'unitCode';
        const subject = (row.kind === 'staff' ? staff : units).get(row.code.toLowerCase());
        const type = match(row.award);
        const before = problems.length;
        if (subject === undefined) {
          problems.push({ line: row.line, field, key: row.kind === 'staff' ? 'unknownStaff' : 'unknownUnit', params: { code: row.code } });
        } else if (!isUnitPathInScope(actor, subject.path)) {
          problems.push({ line: row.line, field, key: 'outOfScope', params: { code: row.code } });
        }
        if (type === undefined) {
          problems.push({ line: row.line, field: 'awardType', key: 'unknownAwardType', params: { value: row.award } });
        } else {
          const problem = awardTypeProblem(type, type.code, row.kind === 'staff' ? 'individual' : 'collective', campaign.year);
          if (problem !== null) {
            const key =
              problem.constraint === 'retiredAwardType'
                ? 'retiredAwardType'
                : row.kind === 'staff'
                  ? 'notForIndividual'
                  : 'notForCollective';
            problems.push({ line: row.line, field: 'awardType', key, params: { name: type.name } });
          }
        }
        if (problems.length > before || subject === undefined || type === undefined) {
          continue;
        }
        const item = {
          staffId: row.kind === 'staff' ? subject.id : null,
          unitId: row.kind === 'unit' ? subject.id : null,
          awardType: type.code,
        };
        const key = registrationKey(item);
        const earlier = firstLine.get(key);
        if (earlier !== undefined) {
          problems.push({ line: row.line, field, key: 'duplicateInFile', params: { firstLine: earlier } });
          continue;
        }
        firstLine.set(key, row.line);
        items.push(item);
      }
      if (problems.length > 0) {
        throw new RegistrationImportInvalid(problems);
      }
      const existing = new Set((await registrationsOfSubjects(manager, campaign.id, subjectLists(items))).map(registrationKey));
      const created = items.filter((item) => !existing.has(registrationKey(item)));
      const ids: string[] = [];
      for (const batch of chunks(created)) {
        ids.push(...(await insertRegistrations(manager, campaign.id, batch, actor.id)));
      }
      const views: RegistrationView[] = [];
      for (const batch of chunks(ids)) {
        views.push(...(await registrationsByIds(manager, batch)));
      }
      const records = views.map((view): AuditRecord => ({
        entity: 'registrations',
        entityId: view.id,
        action: 'import',
        after: {
          campaignId: view.campaignId,
          staffId: view.staffId,
          unitId: view.unitId,
          awardType: view.awardType,
          subjectName: view.subjectName,
        },
      }));
      for (const batch of chunks(records)) {
        await this.audit.record(manager, actor, ...batch);
      }
      return { created: created.length, unchanged: items.length - created.length };
    });
  }
}
