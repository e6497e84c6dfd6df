import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { normalizeText } from '../text/vietnamese.js';

/** NFC, trimmed, inner spaces collapsed; non-strings pass through for the type check to reject. */
export const Normalized = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeText(value) : value));

/** Like Normalized, and an empty string means "not given" (HTML forms send empty fields); the API documents null alike. */
export const NormalizedOptional = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => {
      if (typeof value !== 'string') {
        return value;
      }
      const text = normalizeText(value);
      return text === '' ? null : text;
    }),
    ApiProperty({ nullable: true }),
  );
