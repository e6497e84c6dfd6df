import { Module } from '@nestjs/common';
import { EligibilityModule } from '../eligibility/index.js';
import { HomePagesController } from './home-pages.controller.js';
import { HomeRepository } from './home.repository.js';
import { HomeService } from './home.service.js';
import { RoundsController } from './rounds.controller.js';

/** The home page and the current round. */
@Module({
  imports: [EligibilityModule],
  controllers: [HomePagesController, RoundsController],
  providers: [HomeService, HomeRepository],
})
export class HomeModule {}
