import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { CreateBaseSalaryDto } from './dto/create-base-salary.dto.js';
import { RewardAmountQuery } from './dto/reward-amount.query.js';
import { BaseSalaryResponse, RewardAmountResponse } from './dto/rewards.response.js';
import { RewardsService } from './rewards.service.js';
import { type AuthUser } from '../kernel/index.js';

@ApiTags('rewards')
@Controller('api')
export class RewardsController {
  constructor(private readonly rewards: RewardsService) {}

  @Get('base-salaries')
  @ApiOkResponse({ type: [BaseSalaryResponse] })
  listBaseSalaries(): Promise<BaseSalaryResponse[]> {
    return this.rewards.listBaseSalaries();
  }

  @Post('base-salaries')
  @Roles('admin')
  @ApiCreatedResponse({ type: BaseSalaryResponse })
  @ApiErrors(409)
  addBaseSalary(@Body() dto: CreateBaseSalaryDto, @CurrentUser() actor: AuthUser): Promise<BaseSalaryResponse> {
    return this.rewards.addBaseSalary(dto, actor);
  }

  @Get('rewards/amount')
  @ApiOkResponse({ type: RewardAmountResponse })
  @ApiErrors(404, 422)
  amount(@Query() query: RewardAmountQuery, @CurrentUser() user: AuthUser): Promise<RewardAmountResponse> {
    return this.rewards.amount(query, user);
  }
}
