import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';
import { WrittenText } from '../validation/written-text.decorator';

export class ReferenceItemDto {
  @ApiProperty({ example: 'chengguan', description: 'stable code used in events' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'must be lowercase letters, digits and hyphens' })
  code: string;

  @ApiProperty({ example: '城关镇' })
  @WrittenText(100)
  name: string;

  @ApiPropertyOptional({ example: '副县长', description: 'county leaders only' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  title?: string;
}
