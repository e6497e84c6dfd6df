// Award and appraisal history as other features see it (the staff profile composes it with
// eligibility): the module, the services that read and record a subject's history, what they
// take, and the view models.
export { CreateAwardDto } from './dto/create-award.dto.js';
export { CreateDisciplineDto } from './dto/create-discipline.dto.js';
export { CreateFreezeDto } from './dto/create-freeze.dto.js';
export { CreateInitiativeDto } from './dto/create-initiative.dto.js';
export { LiftFreezeDto } from './dto/lift-freeze.dto.js';
export { PutAppraisalDto } from './dto/put-appraisal.dto.js';
export { RevokeAwardDto } from './dto/revoke-award.dto.js';
export { AppraisalsService } from './appraisals.service.js';
export { AwardsService } from './awards.service.js';
export { CorrectionsService, type OfSubject } from './corrections.service.js';
export {
  EditAppraisalDto,
  EditAwardDto,
  EditDisciplineDto,
  EditFreezeDto,
  EditInitiativeDto,
  RemoveRecordDto,
} from './dto/correct-records.dto.js';
export { BulkAwardDto } from './dto/bulk-award.dto.js';
export { BulkEntryService, type GridQuery, type UnitGrid } from './bulk-entry.service.js';
export { type GridMemberRow } from './bulk.sql.js';
export { MAX_GRID_ROWS, PutAppraisalsDto } from './dto/put-appraisals.dto.js';
export { DisciplinesService } from './disciplines.service.js';
export { FreezesService } from './freezes.service.js';
export { HistoryModule } from './history.module.js';
export { HistoryService } from './history.service.js';
export {
  type AppraisalView,
  type AwardRecordView,
  type DisciplineView,
  type FreezeView,
  type InitiativeView,
  splitByKind,
  type StaffHistory,
  type UnitHistory,
} from './history.views.js';
export { InitiativesService } from './initiatives.service.js';
// Plausibility of history records, for every path that writes them (create here; updates elsewhere).
export { type AwardFacts, checkAward, checkRecordYear, needsLdttOfYear } from './plausibility.js';
export { RecordImplausible } from './history.errors.js';
