// @nestjs/swagger's PartialType is mapped-types' own that also carries the fields' API documentation.
import { PartialType } from '@nestjs/swagger';
import { CreateIssuerDto } from './create-issuer.dto.js';

export class UpdateIssuerDto extends PartialType(CreateIssuerDto) {}
