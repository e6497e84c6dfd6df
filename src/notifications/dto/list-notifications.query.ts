import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?unread=true&page=2`: one's own inbox, newest first, 20 a page. */
export class ListNotificationsQuery {
  /** Only the unread messages. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;
}
