import { Module } from '@nestjs/common';
import { NominationTransitionsService } from './nomination-transitions.service.js';
import { NominationsService } from './nominations.service.js';

/** Nominations (đề nghị khen thưởng): the table, the transitions of the law's table, the readers. */
@Module({
  providers: [NominationsService, NominationTransitionsService],
  exports: [NominationsService, NominationTransitionsService],
})
export class NominationsModule {}
