import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/index.js';
import { BaseSalary } from './base-salary.entity.js';
import { RewardsPagesController } from './rewards-pages.controller.js';
import { RewardsController } from './rewards.controller.js';
import { RewardsService } from './rewards.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([BaseSalary]), CatalogueModule],
  controllers: [RewardsController, RewardsPagesController],
  providers: [RewardsService],
  exports: [RewardsService],
})
export class RewardsModule {}
