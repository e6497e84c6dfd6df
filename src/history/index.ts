// Award and appraisal history as other features see it: the module, the service that reads one
// subject's history, and its view models.
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
