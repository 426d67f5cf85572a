import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { STAGE_KEYS, StageKey } from '@keystone/domain';
import { OptionalText } from '../validation/written-text.decorator';

export class OwnerApplicationDto {
  @ApiProperty({ enum: STAGE_KEYS, example: 'completion', description: 'the stage waiting for the application' })
  @IsIn(STAGE_KEYS, { message: `must be one of ${STAGE_KEYS.join(', ')}` })
  stage: StageKey;

  @ApiPropertyOptional({ example: '主体工程已完工，申请竣工验收' })
  @OptionalText(500)
  note?: string;
}
