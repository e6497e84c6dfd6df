// The audit log as other features see it: the global module and the service that records an entry.
export { auditChanges, readableEntry } from './audit-view.js';
export { ListAuditQuery } from './dto/list-audit.query.js';
export { AuditModule } from './audit.module.js';
export { type AuditAction, type AuditRecord, AuditService, SYSTEM_ACTOR } from './audit.service.js';
