import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsOptionalUuid } from '../../common/validation/fields.js';
import { Normalized } from '../../common/validation/trim.js';

/**
 * The nominations one dossier may carry: a unit's proposals of a year to the level above run to
 * dozens, not hundreds; it bounds the download too (the reports are one page or two each).
 */
export const MAX_DOSSIER_NOMINATIONS = 300;

const lowerCaseId = (id: unknown): unknown => (typeof id === 'string' ? id.toLowerCase() : id);

/** A dossier sent to the level that decides: the nominations it proposes, to whom, and whose head signs it. */
export class CreateDossierDto {
  /** Passed (and posted where the award must be) nominations of one year; they become `proposed_upward`. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_DOSSIER_NOMINATIONS)
  @ArrayUnique(lowerCaseId)
  @IsUUID('all', { each: true })
  nominationIds!: string[];

  /** "Kính gửi": "Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ", "Sở Nội vụ tỉnh Phú Thọ"… */
  @Normalized()
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  addressee!: string;

  /** The registered body whose head signs the submission (its name, symbol, place and signer head the documents). */
  @IsOptionalUuid()
  issuerId?: string | null;
}
