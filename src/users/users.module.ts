import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/index.js';
import { IssuersModule } from '../issuers/index.js';
import { UnitsModule } from '../units/index.js';
import { User } from './user.entity.js';
import { UsersPagesController } from './users-pages.controller.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User]), UnitsModule, IssuersModule, AuthModule],
  controllers: [UsersController, UsersPagesController],
  providers: [UsersService],
  exports: [UsersService],
})
export class UsersModule {}
