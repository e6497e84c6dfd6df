import { displayDate } from '../common/views/handlebars.js';
import { dynamicKey, translate } from '../i18n/translate.js';
import { type Locale } from '../kernel/index.js';
import type { AuditEntry } from './audit-entry.entity.js';
import type { RecordNames } from './audit-names.js';

/** One field of a record as it was before and after a change, written for people to read. */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

const shown = (value: unknown): string | null => {
  if (value === null || value === undefined) {
    return null;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/** The fields that differ between the two snapshots (every field of a creation), in a stable order. */
export function auditChanges(before: object | null, after: object | null): AuditChange[] {
  const old = (before ?? {}) as Record<string, unknown>;
  const now = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  return fields
    .filter((field) => JSON.stringify(old[field] ?? null) !== JSON.stringify(now[field] ?? null))
    .map((field) => ({ field, before: shown(old[field]), after: shown(now[field]) }));
}

const LOCAL_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "dd/mm/yyyy hh:mm:ss" in Vietnam's time (UTC+7, no daylight saving), whatever the server's zone. */
export function formatLocalTime(at: Date): string {
  const part = Object.fromEntries(LOCAL_TIME.formatToParts(at).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}:${part.second}`;
}

/** Which words say a stored value of a field, by entity: the catalogue group its values are keys of. */
const VALUE_WORDS: Record<string, Record<string, string>> = {
  staff: { gender: 'gender', status: 'staffStatus' },
  appraisals: { rating: 'history.ratings' },
  awards: { basis: 'history.bases', source: 'history.sources', kind: 'catalogue.kinds' },
  initiatives: { level: 'history.initiativeLevels', kind: 'history.initiativeKinds' },
  disciplines: { level: 'history.disciplineLevels' },
  'award-types': { kind: 'catalogue.kinds', level: 'catalogue.levels', subjects: 'catalogue.subjects' },
  users: { roles: 'roles', locale: 'auditLocales' },
};

/** Fields that say nothing to a reader of the log (the record's own id is its name above). */
const HIDDEN_FIELDS = new Set(['id', 'depth']);

const MONEY = new Intl.NumberFormat('vi-VN');

export const staffLabel = (person: { fullName: string; code: string }): string => `${person.fullName} (${person.code})`;

/** A stored value as a reader says it: names for ids, words for codes, dd/mm/yyyy for dates, Có/Không. */
export function readableValue(entity: string, field: string, value: unknown, names: RecordNames, lang: Locale): string | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  if (Array.isArray(value)) {
    const parts = value.map((item) => readableValue(entity, field, item, names, lang)).filter((part): part is string => part !== null);
    return parts.length === 0 ? translate(lang, 'common.none') : parts.join(', ');
  }
  if (typeof value === 'boolean') {
    return translate(lang, value ? 'common.yes' : 'common.no');
  }
  if (typeof value === 'number') {
    return field === 'amount' ? MONEY.format(value) : String(value);
  }
  if (typeof value !== 'string') {
    return JSON.stringify(value);
  }
  const named = namedValue(field, value, names);
  if (named !== null) {
    return named;
  }
  const group = VALUE_WORDS[entity]?.[field];
  const key = group ? dynamicKey(`${group}.${value}`) : undefined;
  if (key) {
    return translate(lang, key);
  }
  if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) {
    return displayDate(value);
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/u.test(value) && !Number.isNaN(Date.parse(value))) {
    return formatLocalTime(new Date(value));
  }
  return value;
}

function namedValue(field: string, value: string, names: RecordNames): string | null {
  switch (field) {
    case 'staffId': {
      const person = names.staff.get(value);
      return person ? staffLabel(person) : null;
    }
    case 'unitId':
    case 'unitIds':
    case 'parentId':
      return names.units.get(value) ?? null;
    case 'issuerId':
    case 'successorId':
      return names.issuers.get(value) ?? null;
    case 'awardType':
      return names.awardTypes.get(value) ?? null;
    default:
      return null;
  }
}

/** One changed field as the page shows it: its label and its values in words. */
export interface ReadableChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

/** The changed fields of an entry, labelled and worded in the page's language. */
export function readableChanges(
  entity: string,
  before: object | null,
  after: object | null,
  names: RecordNames,
  lang: Locale,
): ReadableChange[] {
  const old = (before ?? {}) as Record<string, unknown>;
  const now = (after ?? {}) as Record<string, unknown>;
  return auditChanges(before, after)
    .filter((change) => !HIDDEN_FIELDS.has(change.field))
    .map((change) => {
      const key = dynamicKey(`auditFields.${change.field}`);
      return {
        field: change.field,
        label: key ? translate(lang, key) : change.field,
        before: readableValue(entity, change.field, old[change.field], names, lang),
        after: readableValue(entity, change.field, now[change.field], names, lang),
      };
    });
}

/** How the page names the record of an entry, and where its page is. */
export interface RecordLabel {
  name: string;
  href: string | null;
}

const HISTORY_ENTITIES = new Set(['appraisals', 'awards', 'initiatives', 'disciplines', 'freezes']);

/** "Nguyễn Văn An (TVVP-101)", "Phòng Đọc", "Xếp loại … · 2024": the record as a reader knows it, not its id. */
export function recordLabel(entry: AuditEntry, names: RecordNames, lang: Locale): RecordLabel {
  const id = entry.entityId;
  const unknown = translate(lang, 'audit.unknownRecord', { id });
  switch (entry.entity) {
    case 'staff': {
      const person = names.staff.get(id);
      return { name: person ? staffLabel(person) : unknown, href: person ? `/staff/${id}` : null };
    }
    case 'units': {
      const name = names.units.get(id);
      return { name: name ?? unknown, href: name ? `/units/${id}/edit` : null };
    }
    case 'users': {
      const user = names.users.get(id);
      return { name: user ? `${user.fullName} (${user.username})` : unknown, href: user ? `/users/${id}/edit` : null };
    }
    case 'issuers': {
      const name = names.issuers.get(id);
      return { name: name ?? unknown, href: name ? `/issuers/${id}/edit` : null };
    }
    case 'award-types':
      return { name: `${names.awardTypes.get(id) ?? id} (${id})`, href: '/catalogue' };
    case 'base-salaries':
      return { name: displayDate(id), href: '/base-salaries' };
    default:
      break;
  }
  if (HISTORY_ENTITIES.has(entry.entity)) {
    return historyRecordLabel(entry, names, lang, unknown);
  }
  const key = dynamicKey(`auditEntities.${entry.entity}`);
  return { name: key ? translate(lang, key) : unknown, href: null };
}

/** A history record by whom it is about (person or unit) and its year or award. */
function historyRecordLabel(entry: AuditEntry, names: RecordNames, lang: Locale, unknown: string): RecordLabel {
  const snapshot = { ...((entry.before ?? {}) as Record<string, unknown>), ...((entry.after ?? {}) as Record<string, unknown>) };
  const staffId = typeof snapshot.staffId === 'string' ? snapshot.staffId : null;
  const unitId = typeof snapshot.unitId === 'string' ? snapshot.unitId : null;
  const person = staffId ? names.staff.get(staffId) : undefined;
  const subject = person ? staffLabel(person) : unitId ? (names.units.get(unitId) ?? null) : null;
  if (subject === null) {
    return { name: unknown, href: null };
  }
  const award = typeof snapshot.awardType === 'string' ? (names.awardTypes.get(snapshot.awardType) ?? snapshot.awardType) : null;
  const year = typeof snapshot.year === 'number' ? String(snapshot.year) : null;
  const detail = [award, year].filter(Boolean).join(' ');
  return { name: detail ? `${subject} · ${detail}` : subject, href: person ? `/staff/${staffId}/history` : null };
}

/** An entry as the page and the export show it: who, what record (named), which fields, in words. */
export interface AuditRow {
  at: string;
  actorName: string;
  entity: string;
  entityLabel: string;
  entityId: string;
  recordName: string;
  /** A link to the record when it has a page. */
  recordHref: string | null;
  /** This page filtered to the record. */
  historyHref: string;
  action: string;
  changes: ReadableChange[];
}

export function readableEntry(entry: AuditEntry, names: RecordNames, lang: Locale): AuditRow {
  // The action and entity are stored text (older entries may name some since renamed): checked at run time.
  const actionKey = dynamicKey(`auditActions.${entry.action}`);
  const entityKey = dynamicKey(`auditEntities.${entry.entity}`);
  const actor = entry.actorId ? names.users.get(entry.actorId) : undefined;
  const record = recordLabel(entry, names, lang);
  return {
    at: formatLocalTime(entry.at),
    actorName: actor ? `${actor.fullName} (${actor.username})` : entry.actorId ? entry.actorName : translate(lang, 'audit.system'),
    entity: entry.entity,
    entityLabel: entityKey ? translate(lang, entityKey) : entry.entity,
    entityId: entry.entityId,
    recordName: record.name,
    recordHref: record.href,
    historyHref: `/audit?entity=${encodeURIComponent(entry.entity)}&entityId=${encodeURIComponent(entry.entityId)}`,
    action: actionKey ? translate(lang, actionKey) : entry.action,
    changes: readableChanges(entry.entity, entry.before, entry.after, names, lang),
  };
}
