import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger';
import { IsBoolean, IsObject, IsOptional } from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { type Agrees, everyOf, type SameShape } from '../../common/openapi/same-shape.js';
import { SETTING_GROUPS, type SettingGroup, type SettingKey } from '../../law/index.js';
import type { SettingHistoryView, SettingPeriodView, SettingsOnView } from '../settings.types.js';

const VALUE_DOC: SchemaObject = {
  description:
    'The value, whose shape the key decides: a whole number (days, percent), true/false, text, {numerator, denominator}, {day, month}, {step, mode}, a quota rule, criteria; null where the key allows "none"',
  nullable: true,
  oneOf: [{ type: 'number' }, { type: 'boolean' }, { type: 'string' }, { type: 'object' }],
};

export class ProvinceSettingsQuery {
  /** The day the settings are in force on; today (Vietnam) when not given. */
  @ApiPropertyOptional({ example: '2026-06-01' })
  @IsOptional()
  @IsDateOnly()
  on?: string;
}

/** A change of one or several settings from a date (admins only). */
export class PutProvinceSettingsDto {
  @ApiProperty({ example: '2027-01-01', description: 'The first day of the new values; the period in force that day ends the day before' })
  @IsDateOnly()
  effectiveFrom!: string;

  @ApiProperty({
    type: 'object',
    description: 'key → {value, verified, source}; the keys are those GET /api/settings/province answers',
    example: {
      'councilThresholdPercent.CSTDCS': { value: 75, verified: true, source: 'Quyết định …/QĐ-UBND tỉnh …, Điều …' },
      'quota.CSTDCS': { value: { kind: 'percent_of_staff', percent: 15, rounding: 'down' }, verified: false, source: 'Công văn …' },
    },
    additionalProperties: {
      type: 'object',
      required: ['value', 'verified', 'source'],
      properties: { value: VALUE_DOC, verified: { type: 'boolean' }, source: { type: 'string', minLength: 1, maxLength: 500 } },
    },
  })
  @IsObject()
  settings!: Record<string, unknown>;

  /** Says a change from a day already past is meant to rewrite what applied on those days. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  acknowledgePast?: boolean;
}

export class SettingPeriodResponse {
  @ApiProperty({ example: 'councilThresholdPercent.CSTDCS' })
  key!: SettingKey;

  @ApiProperty({ enum: everyOf<SettingGroup>()(SETTING_GROUPS) })
  group!: SettingGroup;

  @ApiProperty({ description: VALUE_DOC.description, nullable: true, oneOf: VALUE_DOC.oneOf })
  value!: unknown;

  @ApiProperty()
  verified!: boolean;

  @ApiProperty()
  source!: string;

  @ApiProperty({ example: '1900-01-01' })
  effectiveFrom!: string;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'The last day it applies; null: until changed' })
  effectiveTo!: string | null;
}

export class SettingHistoryResponse extends SettingPeriodResponse {
  @ApiProperty({ type: String, nullable: true, description: 'The username of who last wrote the period; null: the migration' })
  updatedBy!: string | null;

  @ApiProperty({ example: '2026-12-01T08:00:00Z' })
  updatedAt!: string;
}

export class SettingsOnResponse {
  @ApiProperty({ example: '2026-06-01' })
  on!: string;

  @ApiProperty({ type: [SettingPeriodResponse] })
  settings!: SettingPeriodResponse[];
}

export type SettingPeriodResponseAgrees = Agrees<SameShape<SettingPeriodResponse, SettingPeriodView>>;
export type SettingHistoryResponseAgrees = Agrees<SameShape<SettingHistoryResponse, SettingHistoryView>>;
export type SettingsOnResponseAgrees = Agrees<SameShape<SettingsOnResponse, SettingsOnView>>;
