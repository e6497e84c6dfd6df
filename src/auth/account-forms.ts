import { registerDecorator, type ValidationArguments } from 'class-validator';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { ChangePasswordDto, MIN_PASSWORD } from './dto/account.dto.js';

/* The pages' forms: the API's fields, and the new password typed twice, which only a person needs. */

/** Equal to another field of the form (the new password typed again). */
function SameAs(other: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'sameAs',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [other],
      options: { message: `${String(propertyName)} must be the same as ${other}` },
      validator: { validate: (value: unknown, args: ValidationArguments) => value === (args.object as Record<string, unknown>)[other] },
    });
}

export class ChangePasswordForm extends ChangePasswordDto {
  @SameAs('newPassword')
  confirmPassword!: string;
}

/** The reset page's form; the token comes from the address. */
export class NewPasswordForm {
  @IsString()
  @MinLength(MIN_PASSWORD)
  @MaxLength(200)
  newPassword!: string;

  @SameAs('newPassword')
  confirmPassword!: string;
}
