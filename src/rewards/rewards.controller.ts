import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { CreateBaseSalaryDto } from './dto/create-base-salary.dto.js';
import { RewardAmountQuery } from './dto/reward-amount.query.js';
import { RewardsService } from './rewards.service.js';
import { type AuthUser } from '../kernel/index.js';

@Controller('api')
export class RewardsController {
  constructor(private readonly rewards: RewardsService) {}

  @Get('base-salaries')
  listBaseSalaries() {
    return this.rewards.listBaseSalaries();
  }

  @Post('base-salaries')
  @Roles('admin')
  addBaseSalary(@Body() dto: CreateBaseSalaryDto, @CurrentUser() actor: AuthUser) {
    return this.rewards.addBaseSalary(dto, actor);
  }

  @Get('rewards/amount')
  amount(@Query() query: RewardAmountQuery, @CurrentUser() user: AuthUser) {
    return this.rewards.amount(query, user);
  }
}
