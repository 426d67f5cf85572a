import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsOptional, IsPositive, IsString, Matches, Max } from 'class-validator';
import { MAX_TOTAL_INVESTMENT, type ProjectProfile } from '@keystone/domain';
import { CalendarDate } from '../validation/calendar-date.decorator';
import { WrittenText } from '../validation/written-text.decorator';

export class RegisterProjectDto implements Omit<ProjectProfile, 'projectType'> {
  @ApiProperty({ example: '2026-341521-48-01-000123', description: '项目代码, national 24-character code' })
  @Matches(/^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/, { message: 'must be a 24-character project code YYYY-RRRRRR-DD-TT-NNNNNN (digits)' })
  code: string;

  @ApiProperty({ example: '城东新能源产业园' })
  @WrittenText(200)
  name: string;

  @ApiProperty({ example: 'chengguan', description: '乡镇/街道 code' })
  @IsString()
  @IsNotEmpty()
  township: string;

  @ApiPropertyOptional({ example: 'industrial', description: 'defaults to the template’s; when given, must be it' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  projectType?: string;

  @ApiProperty({ example: 'default' })
  @IsString()
  @IsNotEmpty()
  templateId: string;

  @ApiProperty({ example: 52000, maximum: MAX_TOTAL_INVESTMENT, description: '总投资, 万元 (more than 0, at most 一千亿元)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive({ message: 'must be more than 0 (万元)' })
  @Max(MAX_TOTAL_INVESTMENT, { message: `must be at most ${MAX_TOTAL_INVESTMENT} 万元: is it in 元?` })
  totalInvestment: number;

  @ApiProperty({ example: 'county-investment-group', description: '项目业主 code' })
  @IsString()
  @IsNotEmpty()
  ownerUnit: string;

  @ApiProperty({ example: 'leader-wang', description: '包抓县领导 code' })
  @IsString()
  @IsNotEmpty()
  leader: string;

  @ApiProperty({ example: '2026-03-01' })
  @CalendarDate()
  plannedStart: string;

  @ApiProperty({ example: '2027-12-31' })
  @CalendarDate()
  plannedCompletion: string;
}
