import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { MultiLine } from '../../common/validation/input-checks.js';

/** A text of several lines: NFC, line ends as LF, spaces around trimmed (inner line breaks kept). */
const MultiLineText = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.normalize('NFC').replace(/\r\n?/gu, '\n').trim() : value,
  );

/** An objection (ý kiến phản ánh) to one nomination of the posting. */
export class CreateObjectionDto {
  @ApiProperty({ format: 'uuid', description: 'A nomination of the posting' })
  @IsUUID()
  nominationId!: string;

  @ApiProperty({ minLength: 3, maxLength: 5000, example: 'Đồng chí chưa hoàn thành chỉ tiêu quý IV.' })
  @MultiLine()
  @MultiLineText()
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  text!: string;
}

/** The council's answer to an objection. */
export class ResolveObjectionDto {
  @ApiProperty({ minLength: 3, maxLength: 5000, example: 'Đã xác minh: chỉ tiêu quý IV đạt 102 %.' })
  @MultiLine()
  @MultiLineText()
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  resolution!: string;

  /** True: the objection stands and the nomination stays held (to be withdrawn); false: the hold is released. */
  @ApiProperty()
  @IsBoolean()
  upheld!: boolean;
}
