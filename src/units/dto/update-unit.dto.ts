// @nestjs/swagger's PartialType is mapped-types' own that also carries the fields' API documentation.
import { PartialType } from '@nestjs/swagger';
import { CreateUnitDto } from './create-unit.dto.js';

export class UpdateUnitDto extends PartialType(CreateUnitDto) {}
