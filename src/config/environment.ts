import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The environment variables the service reads; validated once at boot (see `validateEnvironment`). */
export class Environment {
  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** Unset: the embedded PostgreSQL (PGlite) in DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//u, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './data';

  /** Unset: generated once and kept in DATA_DIR. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long' })
  SESSION_SECRET?: string;

  /** Used only when no user exists yet. */
  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'must be at least 8 characters long' })
  ADMIN_PASSWORD?: string;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'log';
}

export class InvalidEnvironment extends Error {}

/** Returns the typed environment, or throws a message naming every variable that is wrong. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''));
  const environment = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(environment, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new InvalidEnvironment(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return environment;
}
