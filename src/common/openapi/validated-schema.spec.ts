import 'reflect-metadata';
import { ApiProperty, DECORATORS } from '@nestjs/swagger';
import {
  ArrayMaxSize,
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
  ValidateNested,
  Validate,
} from 'class-validator';
import { Type } from 'class-transformer';
import { IsDateOnly } from '../validation/is-date-only.js';
import { NormalizedOptional } from '../validation/trim.js';
import { documentValidatedFields } from './validated-schema.js';

const documented = (type: { prototype: object }, property: string): Record<string, unknown> =>
  Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, type.prototype, property) as Record<string, unknown>;
const fieldsOf = (type: { prototype: object }): string[] =>
  (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, type.prototype) as string[] | undefined) ?? [];

class Paging {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 50;
}

class Coefficients {
  @IsOptional()
  @IsInt()
  individual?: number;
}

class Example extends Paging {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @IsString()
  @Matches(/^[A-Z]{2,4}$/u)
  code!: string;

  @IsIn(['a', 'b'])
  kind!: 'a' | 'b';

  @NormalizedOptional()
  @IsOptional()
  @IsDateOnly()
  from?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsUUID('all', { each: true })
  unitIds?: string[];

  @IsArray()
  @IsIn(['x', 'y'], { each: true })
  tags!: string[];

  @ApiProperty({ description: 'Said by hand' })
  @IsString()
  note!: string;

  @ValidateNested()
  @Type(() => Coefficients)
  coefficients!: Coefficients;
}

describe('documentValidatedFields: request DTOs documented from their validators', () => {
  beforeAll(() => {
    documentValidatedFields(Example);
  });

  it('reads lengths, patterns and enums from the validators', () => {
    expect(documented(Example, 'name')).toMatchObject({ type: 'string', minLength: 1, maxLength: 200, required: true });
    expect(documented(Example, 'code')).toMatchObject({ type: 'string', pattern: '^[A-Z]{2,4}$' });
    expect(documented(Example, 'kind')).toMatchObject({ type: 'string', enum: ['a', 'b'] });
  });

  it('documents an optional field as not required, and null only where an empty value means "not given"', () => {
    expect(documented(Example, 'from')).toMatchObject({ type: 'string', format: 'date', required: false, nullable: true });
    expect(documented(Example, 'unitIds')).toMatchObject({
      required: false,
      isArray: true,
      maxItems: 3,
      items: { type: 'string', format: 'uuid' },
    });
    expect(documented(Example, 'unitIds')).not.toHaveProperty('nullable');
  });

  it('describes the items of an array from the `each` validators', () => {
    expect(documented(Example, 'tags')).toMatchObject({ type: 'array', items: { type: 'string', enum: ['x', 'y'] } });
  });

  it('keeps what a field says by hand', () => {
    expect(documented(Example, 'note')).toMatchObject({ description: 'Said by hand', type: 'string' });
  });

  it('takes a field initialiser as the default, which makes the field optional', () => {
    expect(documented(Paging, 'pageSize')).toMatchObject({ type: 'integer', minimum: 1, maximum: 200, default: 50, required: false });
  });

  it("lists the parent's fields in the child and documents nested DTOs", () => {
    expect(fieldsOf(Example)).toEqual(expect.arrayContaining([':pageSize', ':name', ':from', ':coefficients']));
    expect(documented(Example, 'coefficients')).toMatchObject({ type: Coefficients, required: true });
    expect(documented(Coefficients, 'individual')).toMatchObject({ type: 'integer', required: false });
  });

  it('gives the same documentation when run again', () => {
    const before = fieldsOf(Example).map((field) => documented(Example, field.slice(1)));
    documentValidatedFields(Example);
    expect(fieldsOf(Example).map((field) => documented(Example, field.slice(1)))).toEqual(before);
  });

  it('refuses a validator it has no schema for, naming where to add it', () => {
    class WithCustomRule {
      @Validate(class {}, { message: 'custom' })
      odd!: number;
    }
    expect(() => documentValidatedFields(WithCustomRule)).toThrow(
      /no schema is known for the validator .* on WithCustomRule\.odd; add it to VALIDATOR_SCHEMAS/u,
    );
  });
});
