import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { TASK_DECISIONS, TaskDecisionCommand } from '@keystone/domain';

export class DecideTaskDto {
  @ApiProperty({ enum: TASK_DECISIONS, description: 'approve 通过 · return 退回补正 · refuse 不予许可' })
  @IsIn(TASK_DECISIONS)
  decision: TaskDecisionCommand;

  @ApiProperty({ type: String, required: false, description: 'required to return or refuse: the reason' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment: string = '';
}

export class ResubmitTaskDto {
  @ApiProperty({ type: String, required: false, description: 'what was corrected' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment: string = '';
}
