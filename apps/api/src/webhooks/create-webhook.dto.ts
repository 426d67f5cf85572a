import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { ROBOT_KINDS, RobotKind } from '@keystone/projects';
import { WrittenText } from '../validation/written-text.decorator';

export class CreateWebhookDto {
  @ApiProperty({ example: '项目办督办群' })
  @WrittenText(100)
  name: string;

  @ApiProperty({ enum: ROBOT_KINDS })
  @IsIn(ROBOT_KINDS)
  kind: RobotKind;

  /** Intranet robot gateways have no public domain, so a bare host or address is accepted. */
  @ApiProperty({ example: 'https://oapi.dingtalk.com/robot/send?access_token=…' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'must be an http(s) URL' })
  @MaxLength(2000)
  url: string;

  @ApiPropertyOptional({ description: 'DingTalk’s signing secret (加签), starting with SEC; DingTalk robots only' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  secret?: string;
}
