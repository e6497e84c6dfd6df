import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { CurrentRoundResponse } from './dto/current-round.response.js';
import { type CurrentRound, currentRound } from './home.service.js';

/** The round year as the pages use it, for clients that open on the same year: any signed-in user. */
@ApiTags('rounds')
@Controller('api/rounds')
export class RoundsController {
  @Get('current')
  @ApiOkResponse({ type: CurrentRoundResponse, description: 'The round year being prepared today' })
  @ApiErrors()
  current(): CurrentRound {
    return currentRound();
  }
}
