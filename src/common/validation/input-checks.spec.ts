import { PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID } from 'class-validator';
import { NormalizedOptional } from './trim.js';
import { lowerCaseUuid, lowerCaseUuidFields, MultiLine, unexpectedNullDetails, unsafeTextDetails } from './input-checks.js';

class NoteDto {
  @IsString()
  title!: string;

  @MultiLine()
  @IsString()
  note!: string;

  @IsUUID()
  unitId!: string;

  @IsOptional()
  @IsUUID('4', { each: true })
  memberIds?: string[];

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  position?: string | null;
}

class UpdateNoteDto extends PartialType(NoteDto) {}

const ID = '3F2504E0-4F89-41D3-9A0C-0305E82C3301';

describe('unsafeTextDetails', () => {
  it('names each field holding an unsafe character, nested ones by their path', () => {
    const details = unsafeTextDetails({ title: 'a\u0000', tags: ['ok', 'b\u202E'], nested: { deep: 'c\u0007' }, count: 3 }, NoteDto);
    expect(details.map((detail) => [detail.field, detail.constraint, detail.params])).toEqual([
      ['title', 'unsafeCharacter', { character: 'U+0000', position: 2 }],
      ['tags.1', 'unsafeCharacter', { character: 'U+202E', position: 2 }],
      ['nested.deep', 'unsafeCharacter', { character: 'U+0007', position: 2 }],
    ]);
  });

  it('accepts line breaks and tabs only in a @MultiLine() field', () => {
    expect(unsafeTextDetails({ note: 'one\r\ntwo\tthree' }, NoteDto)).toEqual([]);
    expect(unsafeTextDetails({ title: 'one\ntwo' }, NoteDto).map((detail) => detail.field)).toEqual(['title']);
    expect(unsafeTextDetails({ note: 'one\u0000' }, NoteDto).map((detail) => detail.field)).toEqual(['note']);
  });

  it("leaves the pages' return addresses to safeRedirectPath, which replaces an unsafe one", () => {
    expect(unsafeTextDetails({ next: '/\t/evil.example', back: '/%0A', username: 'a\u0000' }, Object).map((d) => d.field)).toEqual([
      'username',
    ]);
    expect(unsafeTextDetails('/\n', String, 'next')).toEqual([]);
  });

  it('names a bare value by the parameter it came from', () => {
    expect(unsafeTextDetails('x\u0000', String, 'id').map((detail) => detail.field)).toEqual(['id']);
  });
});

describe('unexpectedNullDetails', () => {
  it('refuses null where the field does not document it, PartialType included', () => {
    const details = unexpectedNullDetails({ title: null, unitId: null, position: null, unknown: null }, UpdateNoteDto);
    expect(details.map((detail) => [detail.field, detail.constraint])).toEqual([
      ['title', 'notNull'],
      ['unitId', 'notNull'],
    ]);
  });

  it('lets an absent field and a documented null pass', () => {
    expect(unexpectedNullDetails({ position: null }, NoteDto)).toEqual([]);
    expect(unexpectedNullDetails({}, UpdateNoteDto)).toEqual([]);
  });
});

describe('UUIDs in lower case', () => {
  it('lowers a UUID-shaped value and leaves anything else as it is', () => {
    expect(lowerCaseUuid(ID)).toBe(ID.toLowerCase());
    expect(lowerCaseUuid('NV-ABC')).toBe('NV-ABC');
    expect(lowerCaseUuid(42)).toBe(42);
  });

  it("lowers the DTO's @IsUUID() fields only, arrays included, and adds no field", () => {
    const value = lowerCaseUuidFields({ title: ID, unitId: ID, memberIds: [ID] }, NoteDto);
    expect(value).toEqual({ title: ID, unitId: ID.toLowerCase(), memberIds: [ID.toLowerCase()] });
    expect(Object.keys(lowerCaseUuidFields({ title: 'x' }, NoteDto))).toEqual(['title']);
  });
});
