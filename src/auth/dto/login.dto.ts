import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  username!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;

  @ApiPropertyOptional({
    description: 'For an account with a second factor: the 6-digit code of the authenticator app, or one recovery code',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  code?: string;
}
