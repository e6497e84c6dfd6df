import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Issuer } from './issuer.entity.js';
import { IssuersPagesController } from './issuers-pages.controller.js';
import { IssuersController } from './issuers.controller.js';
import { IssuersService } from './issuers.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Issuer])],
  controllers: [IssuersController, IssuersPagesController],
  providers: [IssuersService],
  exports: [IssuersService],
})
export class IssuersModule {}
