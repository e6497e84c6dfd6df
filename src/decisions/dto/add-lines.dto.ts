import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsOptionalUuid } from '../../common/validation/fields.js';
import { NormalizedOptional } from '../../common/validation/trim.js';

/** More than a province's staff: a request past this is not a list an officer chose. */
export const MAX_LINES_PER_REQUEST = 5_000;

const lowerCaseId = (id: unknown): unknown => (typeof id === 'string' ? id.toLowerCase() : id);

export class FromCandidatesDto {
  /** Everyone the eligibility list shows as eligible for the decision's award and year. */
  @IsIn(['eligible'])
  filter!: 'eligible';

  /** Only this unit and its sub-units. */
  @IsOptionalUuid()
  unitId?: string | null;
}

/**
 * Who to add: staff ids (an individual decision), unit ids (a collective one), everyone eligible
 * (`fromCandidates`), or nominations the council passed (`nominationIds`, issue 10: passed — and
 * posted where the award must be — nominations of the decision's award and year become its lines in
 * one action); exactly one of the four. `reason` is what the signer reads beside a line whose subject
 * does not qualify: required when one does not.
 */
export class AddLinesDto {
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LINES_PER_REQUEST)
  @ArrayUnique(lowerCaseId)
  @IsUUID('all', { each: true })
  staffIds?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LINES_PER_REQUEST)
  @ArrayUnique(lowerCaseId)
  @IsUUID('all', { each: true })
  unitIds?: string[];

  @IsOptional()
  @ValidateNested()
  @Type(() => FromCandidatesDto)
  fromCandidates?: FromCandidatesDto;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LINES_PER_REQUEST)
  @ArrayUnique(lowerCaseId)
  @IsUUID('all', { each: true })
  nominationIds?: string[];

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason?: string | null;
}

/** `?reason=…` beside an uploaded list: what the signer reads for those who do not qualify. */
export class LinesFileQuery {
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason?: string | null;
}
