import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, Role } from '@keystone/domain';
import { WrittenText } from '../validation/written-text.decorator';

/** Which of department, leader and owner unit an account needs, and that it exists, the account service checks. */
export class CreateUserDto {
  @ApiProperty({ example: 'officer-zhang' })
  @Matches(/^[a-z0-9][a-z0-9._-]{1,62}$/, { message: 'must be 2 to 63 lowercase letters, digits, dots, hyphens or underscores' })
  username: string;

  @ApiProperty({ example: '张伟（自然资源局）' })
  @WrittenText(100)
  displayName: string;

  /** bcrypt reads only the first 72 bytes, so a longer password would be silently cut. */
  @ApiProperty({ minLength: 10, maxLength: 72 })
  @IsString()
  @MinLength(10)
  @MaxLength(72)
  password: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ example: 'natural-resources', description: 'department officers only' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  department?: string;

  @ApiPropertyOptional({ example: 'leader-wang', description: 'county leaders only' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  leader?: string;

  @ApiPropertyOptional({ example: 'county-investment-group', description: 'owners only' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  ownerUnit?: string;
}
