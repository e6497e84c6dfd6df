import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DecisionLine } from './decision-line.entity.js';
import { Decision } from './decision.entity.js';
import { IssuingController } from './issuing.controller.js';
import { IssuingService } from './issuing.service.js';
import { IssuersModule } from '../issuers/index.js';

/** Award decisions: drafting, lines and money, numbering and issuing, signed copies, revocations. */
@Module({
  imports: [TypeOrmModule.forFeature([Decision, DecisionLine]), IssuersModule],
  controllers: [IssuingController],
  providers: [IssuingService],
  exports: [IssuingService],
})
export class DecisionsModule {}
