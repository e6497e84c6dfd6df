import { Module } from '@nestjs/common';
import { EligibilityModule } from '../eligibility/index.js';
import { NominationTransitionsService } from './nomination-transitions.service.js';
import { NominationsController } from './nominations.controller.js';
import { NominationsService } from './nominations.service.js';
import { NominationSettings } from './province-settings.js';

/** Nominations (đề nghị khen thưởng): the table, the transitions of the law's table, the readers, the API. */
@Module({
  imports: [EligibilityModule],
  controllers: [NominationsController],
  providers: [NominationsService, NominationTransitionsService, NominationSettings],
  exports: [NominationsService, NominationTransitionsService, NominationSettings],
})
export class NominationsModule {}
