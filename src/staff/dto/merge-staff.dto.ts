import { IsUUID } from 'class-validator';

/** Two records of one person: `mergeId`'s history moves to `keepId`, which survives. */
export class MergeStaffDto {
  @IsUUID()
  keepId!: string;

  @IsUUID()
  mergeId!: string;
}
