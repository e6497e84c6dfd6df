import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Unit } from './unit.entity.js';
import { UnitsPagesController } from './units-pages.controller.js';
import { UnitsController } from './units.controller.js';
import { UnitsService } from './units.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Unit])],
  controllers: [UnitsController, UnitsPagesController],
  providers: [UnitsService],
  exports: [UnitsService],
})
export class UnitsModule {}
