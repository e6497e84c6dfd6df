import type { EntityManager } from 'typeorm';
import { rows, sql } from '../../database/sql.js';

/** A subject a file names by code, with the path of the unit that governs its scope. */
export interface CodedSubject {
  id: string;
  /** The code in lower case: codes are one whatever their case. */
  key: string;
  code: string;
  name: string;
  path: string;
}

/** The staff with these codes (any case), merged records left out; one statement (staff_code_lower_key). */
export async function staffByCodes(manager: EntityManager, codes: readonly string[]): Promise<CodedSubject[]> {
  if (codes.length === 0) {
    return [];
  }
  return rows<CodedSubject>(
    manager,
    sql`SELECT s.id, lower(s.code) AS key, s.code, s.full_name AS name, u.path
          FROM staff s JOIN units u ON u.id = s.unit_id
         WHERE lower(s.code) = ANY(${[...new Set(codes.map((code) => code.toLowerCase()))]}::text[]) AND s.merged_into IS NULL`,
  );
}

/** The units with these codes (any case). */
export async function unitsByCodes(manager: EntityManager, codes: readonly string[]): Promise<CodedSubject[]> {
  if (codes.length === 0) {
    return [];
  }
  return rows<CodedSubject>(
    manager,
    sql`SELECT u.id, lower(u.code) AS key, u.code, u.name, u.path FROM units u
         WHERE lower(u.code) = ANY(${[...new Set(codes.map((code) => code.toLowerCase()))]}::text[])`,
  );
}
