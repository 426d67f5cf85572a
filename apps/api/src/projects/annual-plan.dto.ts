import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WanAmount } from '../validation/wan-amount.decorator';
import { OptionalText } from '../validation/written-text.decorator';

export class AnnualPlanDto {
  @ApiProperty({ example: 12000, description: 'the investment planned for the year, 万元 (0 or more, at most the project’s total)' })
  @WanAmount()
  amount: number;

  @ApiPropertyOptional({ example: '县重点项目年度投资计划（县政府常务会审定）' })
  @OptionalText(500)
  note?: string;
}
