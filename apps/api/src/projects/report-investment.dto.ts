import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { WanAmount } from '../validation/wan-amount.decorator';
import { OptionalText } from '../validation/written-text.decorator';

export class ReportInvestmentDto {
  @ApiProperty({ example: '2026-11', description: 'the month reported, YYYY-MM (China time); not one still to come' })
  @IsString()
  month: string;

  @ApiProperty({ example: 1200, description: 'investment completed in that month, 万元 (0 or more)' })
  @WanAmount()
  amount: number;

  @ApiPropertyOptional({ example: '主体结构完成 60%' })
  @OptionalText(500)
  note?: string;
}
