import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DecisionLine } from './decision-line.entity.js';
import { Decision } from './decision.entity.js';
import { RevocationsModule } from './revocations.module.js';

/** Award decisions: drafting, lines and money, numbering and issuing, signed copies, revocations. */
@Module({
  imports: [TypeOrmModule.forFeature([Decision, DecisionLine]), RevocationsModule],
  controllers: [],
  providers: [],
  exports: [],
})
export class DecisionsModule {}
