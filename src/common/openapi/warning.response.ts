import { ApiProperty } from '@nestjs/swagger';
import { type Agrees, type SameShape } from './same-shape.js';
import type { WarningView } from '../validation/plausibility.js';

/** Something unlikely about what was saved (it was saved): the rule, the field and the message in the reader's language. */
export class WarningResponse {
  @ApiProperty({ type: String, example: 'cstdcsWithoutLdtt', description: 'The rule (see the plausibility rules in the README)' })
  code!: WarningView['code'];

  @ApiProperty({ example: 'awardType' })
  field!: string;

  @ApiProperty()
  message!: string;

  @ApiProperty({ type: 'integer', required: false, description: 'The line of the imported file (imports only)' })
  line?: number;
}

export type WarningResponseAgrees = Agrees<SameShape<WarningResponse, WarningView>>;
