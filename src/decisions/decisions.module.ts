import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DecisionLine } from './decision-line.entity.js';
import { Decision } from './decision.entity.js';
import { EligibilityModule } from '../eligibility/index.js';
import { DraftingController } from './drafting.controller.js';
import { DraftingPagesController } from './drafting-pages.controller.js';
import { DraftingService } from './drafting.service.js';

/** Award decisions: drafting, lines and money, numbering and issuing, signed copies, revocations. */
@Module({
  imports: [TypeOrmModule.forFeature([Decision, DecisionLine]), EligibilityModule],
  controllers: [DraftingController, DraftingPagesController],
  providers: [DraftingService],
  exports: [DraftingService],
})
export class DecisionsModule {}
