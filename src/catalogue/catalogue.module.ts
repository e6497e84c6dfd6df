import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AwardType } from './award-type.entity.js';
import { CataloguePagesController } from './catalogue-pages.controller.js';
import { CatalogueController } from './catalogue.controller.js';
import { CatalogueService } from './catalogue.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AwardType])],
  controllers: [CatalogueController, CataloguePagesController],
  providers: [CatalogueService],
  exports: [CatalogueService],
})
export class CatalogueModule {}
