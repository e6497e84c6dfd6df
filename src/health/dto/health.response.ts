import { ApiEnum } from '../../common/openapi/response-fields.js';
import { everyOf } from '../../common/openapi/same-shape.js';
import type { DatabaseKind } from '../../database/database-target.js';

export type HealthStatus = 'ok' | 'unavailable';

/** The health check's answer, 200 or 503 alike: the controller returns this class. */
export class HealthResponse {
  @ApiEnum(everyOf<HealthStatus>()(['ok', 'unavailable']))
  status!: HealthStatus;

  @ApiEnum(everyOf<DatabaseKind>()(['embedded', 'postgres']))
  database!: DatabaseKind;
}
