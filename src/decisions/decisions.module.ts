import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DecisionLine } from './decision-line.entity.js';
import { Decision } from './decision.entity.js';

/** Award decisions: drafting, lines and money, numbering and issuing, signed copies, revocations. */
@Module({
  imports: [TypeOrmModule.forFeature([Decision, DecisionLine])],
  controllers: [],
  providers: [],
  exports: [],
})
export class DecisionsModule {}
