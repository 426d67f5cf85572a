import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsString, Min } from 'class-validator';
import { OptionalText } from '../validation/written-text.decorator';

export class ReportInvestmentDto {
  @ApiProperty({ example: '2026-11', description: 'the month reported, YYYY-MM (China time); not one still to come' })
  @IsString()
  month: string;

  @ApiProperty({ example: 1200, description: 'investment completed in that month, 万元 (0 or more)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'must be 0 or more (万元)' })
  amount: number;

  @ApiPropertyOptional({ example: '主体结构完成 60%' })
  @OptionalText(500)
  note?: string;
}
