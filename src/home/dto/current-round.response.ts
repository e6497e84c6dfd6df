import { ApiProperty } from '@nestjs/swagger';
import type { Agrees, SameShape } from '../../common/openapi/same-shape.js';
import type { CurrentRound } from '../home.service.js';

/** `GET /api/rounds/current`: the round year being prepared today. */
export class CurrentRoundResponse {
  @ApiProperty({
    example: 2026,
    description: 'The round year (năm xét khen thưởng): from 1 October the current year, before it the previous one',
  })
  year!: number;
}

export type CurrentRoundResponseAgrees = Agrees<SameShape<CurrentRoundResponse, CurrentRound>>;
