import { PartialType } from '@nestjs/mapped-types';
import { CreateIssuerDto } from './create-issuer.dto.js';

export class UpdateIssuerDto extends PartialType(CreateIssuerDto) {}
