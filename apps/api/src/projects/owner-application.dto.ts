import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { STAGE_KEYS, StageKey } from '@keystone/domain';

export class OwnerApplicationDto {
  @ApiProperty({ enum: STAGE_KEYS, example: 'completion', description: 'the stage waiting for the application' })
  @IsIn(STAGE_KEYS, { message: `must be one of ${STAGE_KEYS.join(', ')}` })
  stage: StageKey;

  @ApiPropertyOptional({ example: '主体工程已完工，申请竣工验收' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(500)
  note?: string;
}
