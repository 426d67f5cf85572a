import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SPECIAL_PROCEDURES, SpecialProcedure } from '@keystone/domain';
import { CalendarDate } from '../validation/calendar-date.decorator';
import { NotBeforeToday } from '../validation/not-before-today.decorator';
import { WrittenText } from '../validation/written-text.decorator';

export class InstructDto {
  @ApiProperty({ description: '批示: reaches the departments holding the open tasks' })
  @WrittenText(2000)
  text: string;
}

export class ExtendDeadlineDto {
  @ApiProperty({ minimum: 1, maximum: 60 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  workingDays: number;

  @ApiProperty()
  @WrittenText(2000)
  reason: string;
}

export class ReassignTaskDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  taskId: string;

  @ApiProperty({ description: 'the department code that takes the task over' })
  @IsString()
  @IsNotEmpty()
  department: string;

  @ApiProperty()
  @WrittenText(2000)
  reason: string;
}

export class SuspendProjectDto {
  @ApiProperty({ example: '等待用地指标' })
  @WrittenText(2000)
  reason: string;

  @ApiProperty({ example: '2027-03-31', description: 'expected end, today or later; a suspension outliving it escalates' })
  @CalendarDate()
  @NotBeforeToday()
  expectedEnd: string;
}

export class ResumeProjectDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note: string = '';
}

export class RaiseProblemDto {
  @ApiProperty()
  @WrittenText(2000)
  description: string;

  @ApiProperty({ description: '责任单位: a department code' })
  @IsString()
  @IsNotEmpty()
  responsibleUnit: string;

  @ApiProperty({ example: '2027-01-15', description: '整改期限, today or later' })
  @CalendarDate()
  @NotBeforeToday()
  rectificationDeadline: string;
}

export class CloseProblemDto {
  @ApiProperty()
  @WrittenText(2000)
  note: string;
}

export class StartSpecialProcedureDto {
  @ApiProperty({ enum: SPECIAL_PROCEDURES, description: '专家评审 · 听证 · 公示' })
  @IsIn(SPECIAL_PROCEDURES)
  procedure: SpecialProcedure;

  @ApiProperty()
  @WrittenText(2000)
  reason: string;
}

export class EndSpecialProcedureDto {
  @ApiProperty()
  @WrittenText(2000)
  reason: string;
}
