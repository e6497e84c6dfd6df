import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsAwardTypeCode, IsOptionalUuid, IsRecordYear } from '../../common/validation/fields.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { AWARD_CODES, type AwardCode } from '../../kernel/index.js';
import { NOMINATION_STATES, type NominationState } from '../../law/index.js';

/** What a saved form of the nomination pages comes back with (`?saved=…`), and the message it shows. */
export const NOMINATION_FLASHES = ['created', 'submitted', 'notSubmitted', 'updated', 'moved', 'bulk', 'reviewed'] as const;
export type NominationFlash = (typeof NOMINATION_FLASHES)[number];

/** The transitions a page offers (the council, postings and decisions move nominations on their own pages). */
export const PAGE_ACTIONS = ['submit', 'approve', 'return', 'reject', 'withdraw'] as const;
export type PageAction = (typeof PAGE_ACTIONS)[number];

/** The review queue's two acts (issue 10: "bulk approve/return, one comment, all or nothing"). */
export const REVIEW_ACTIONS = ['approve', 'return'] as const;

/** The flash and the counts "everyone eligible" comes back with. */
export class NominationFlashQuery {
  @IsOptional()
  @IsIn(NOMINATION_FLASHES)
  saved?: NominationFlash;

  /** Saved and then submitted from the form: whether the submission passed. */
  @IsOptional()
  @IsIn(['submitted', 'notSubmitted'])
  submit?: 'submitted' | 'notSubmitted';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  created?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  nominated?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  awarded?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  notEligible?: number;

  /** What `answerForm` adds when the service warned; accepted so the address stays valid. */
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  w?: string | string[];
}

/** `/nominations?state=&unitId=&awardType=&year=&page=`, the list's filters (a value that does not pass is dropped). */
export class NominationListQuery extends NominationFlashQuery {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @NormalizedOptional()
  @IsOptional()
  @IsIn(NOMINATION_STATES)
  state?: NominationState | null;

  @IsOptionalUuid()
  unitId?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsAwardTypeCode()
  awardType?: string | null;

  @IsOptional()
  @Type(() => Number)
  @IsRecordYear()
  year?: number | null;
}

/**
 * `/nominations/new?kind=&q=&staffId=&unitId=&awardType=&year=`: the subject being picked and the
 * award and year whose eligibility the panel shows (a GET form, so the page works without script).
 */
export class NominationFormQuery {
  @IsOptional()
  @IsIn(['staff', 'unit'])
  kind?: 'staff' | 'unit';

  /** Part of a person's name or code, to find them. */
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string | null;

  @IsOptionalUuid()
  staffId?: string | null;

  @IsOptionalUuid()
  unitId?: string | null;

  @IsOptional()
  @IsIn(AWARD_CODES)
  awardType?: AwardCode;

  @IsOptional()
  @Type(() => Number)
  @IsRecordYear()
  year?: number;
}

/** The draft as the form posts it: the subject, award and year chosen above, the achievements, and which button. */
export class NominationForm {
  @IsOptionalUuid()
  staffId?: string | null;

  @IsOptionalUuid()
  unitId?: string | null;

  @IsIn(AWARD_CODES)
  awardType!: AwardCode;

  @Type(() => Number)
  @IsRecordYear()
  year!: number;

  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  achievements!: string;

  /** "save" keeps a draft; "submit" saves and submits it to the manager. */
  @IsIn(['save', 'submit'])
  intent!: 'save' | 'submit';
}

/** The edit of a draft or a returned nomination, at the version it was read. */
export class NominationEditForm {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;

  @IsIn(AWARD_CODES)
  awardType!: AwardCode;

  @Type(() => Number)
  @IsRecordYear()
  year!: number;

  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  achievements!: string;

  @IsIn(['save', 'submit'])
  intent!: 'save' | 'submit';
}

/** One transition from the nomination's page, at the version it shows. */
export class NominationActionForm {
  @IsIn(PAGE_ACTIONS)
  action!: PageAction;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  reason?: string | null;
}

/** "Propose everyone eligible in the unit": one award, one year, one unit (and its sub-units). */
export class BulkEligibleForm {
  @IsIn(AWARD_CODES)
  awardType!: AwardCode;

  @Type(() => Number)
  @IsRecordYear()
  year!: number;

  @IsUUID()
  unitId!: string;
}

/** `/nominations/review?unitId=&awardType=&year=&page=`. */
export class ReviewQuery extends NominationFlashQuery {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @IsOptionalUuid()
  unitId?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsAwardTypeCode()
  awardType?: string | null;

  @IsOptional()
  @Type(() => Number)
  @IsRecordYear()
  year?: number | null;
}

/** The review queue's bulk act: the ticked nominations ("id:version"), one action, one comment. */
export class ReviewForm {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:\d{1,9}$/iu, { each: true })
  items!: string[];

  @IsIn(REVIEW_ACTIONS)
  action!: (typeof REVIEW_ACTIONS)[number];

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  reason?: string | null;
}

/** Paging of the queue: the first page is what the manager opens. */
export const QUEUE_PAGE_SIZE = 50;
