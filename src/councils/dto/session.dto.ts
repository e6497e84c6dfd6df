import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized } from '../../common/validation/trim.js';
import { MAX_COUNCIL_MEMBERS } from './council.dto.js';

/** More nominations than one session considers: a province's round is a few thousand at most. */
export const MAX_AGENDA = 2_000;
/** No ballot counts more votes than a council has members. */
const MAX_VOTES = MAX_COUNCIL_MEMBERS;

const lowerCaseId = (id: unknown): unknown => (typeof id === 'string' ? id.toLowerCase() : id);

export class OpenSessionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  councilId!: string;

  /** The day the council met (not after today); its membership and the settings of that day count. */
  @ApiProperty({ example: '2025-12-15' })
  @IsDateOnly()
  heldOn!: string;

  @ApiProperty({ example: 'Phòng họp tầng 2, Thư viện tỉnh' })
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  place!: string;

  /** The members present (ids of council members on `heldOn`); the others are absent and may vote in writing. */
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(MAX_COUNCIL_MEMBERS)
  @ArrayUnique(lowerCaseId)
  @IsUUID('all', { each: true })
  attendees!: string[];

  /** Approved nominations to consider: they go on the agenda (`on_agenda`) with the session. */
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(MAX_AGENDA)
  @ArrayUnique(lowerCaseId)
  @IsUUID('all', { each: true })
  nominationIds!: string[];
}

/**
 * One nomination's ballot: the votes of those present (for, against, abstain) and the written votes
 * of absent members. Recorded again as often as needed until the session closes.
 */
export class RecordBallotDto {
  @ApiProperty({ minimum: 0, example: 25 })
  @IsInt()
  @Min(0)
  @Max(MAX_VOTES)
  for!: number;

  @ApiProperty({ minimum: 0, example: 2 })
  @IsInt()
  @Min(0)
  @Max(MAX_VOTES)
  against!: number;

  @ApiProperty({ minimum: 0, required: false })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_VOTES)
  abstain?: number;

  @ApiProperty({ minimum: 0, required: false, description: 'Written votes for, by absent members' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_VOTES)
  writtenFor?: number;

  @ApiProperty({ minimum: 0, required: false, description: 'Written votes against, by absent members' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_VOTES)
  writtenAgainst?: number;

  /** The ballot's version as read: another version refuses the change (409). */
  @ApiProperty({ minimum: 1, required: false })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CloseSessionDto {
  /** The session's version as read: another version refuses the close (409). */
  @ApiProperty({ minimum: 1, required: false })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
