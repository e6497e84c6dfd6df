import { type SubjectKind } from '../kernel/index.js';

/** The column that holds the subject's id in tables that take either. */
export const subjectColumn = (kind: SubjectKind): 'staff_id' | 'unit_id' => (kind === 'staff' ? 'staff_id' : 'unit_id');
