import { applyDecorators } from '@nestjs/common';
import { IsEmail, IsOptional, MaxLength, ValidateIf } from 'class-validator';
import { NormalizedOptional } from './trim.js';

/** The longest address SMTP carries (RFC 5321's path limit less the brackets). */
export const MAX_EMAIL = 254;

/**
 * A user's e-mail address, where notifications are mailed when SMTP is configured: optional; empty
 * (a form left blank) or null removes it. One address, with an ASCII local part (the SMTP servers
 * of public bodies rarely speak SMTPUTF8) and a domain with a dot.
 */
export const IsOptionalEmail = (): PropertyDecorator =>
  applyDecorators(
    NormalizedOptional(),
    IsOptional(),
    ValidateIf((_object: object, value: unknown) => value !== null),
    MaxLength(MAX_EMAIL),
    IsEmail(
      { allow_utf8_local_part: false, allow_display_name: false, allow_ip_domain: false },
      { message: 'email must be an e-mail address' },
    ),
  );
