import { Module } from '@nestjs/common';
import { IssuersModule } from '../issuers/index.js';
import { RevocationsController } from './revocations.controller.js';
import { RevocationsService } from './revocations.service.js';
import { SignedCopiesController } from './signed-copies.controller.js';
import { SignedCopiesService } from './signed-copies.service.js';

/**
 * Signed copies, revocations, corrections and recoveries: the part of the decisions feature that
 * works on issued decisions. A module of its own inside the feature so that drafting and issuing
 * grow DecisionsModule without touching this; DecisionsModule imports it.
 */
@Module({
  imports: [IssuersModule],
  controllers: [RevocationsController, SignedCopiesController],
  providers: [RevocationsService, SignedCopiesService],
  // The decision page (DecisionsModule) reads fates and the signed copy and posts its forms through them.
  exports: [RevocationsService, SignedCopiesService],
})
export class RevocationsModule {}
