import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'leader' })
  @IsString({ message: '用户名必须是文本' })
  @Length(1, 64, { message: '用户名长度应为 1-64 个字符' })
  username!: string;

  @ApiProperty({ example: 'Hongse@Daiban2026' })
  @IsString({ message: '密码必须是文本' })
  @Length(1, 128, { message: '密码长度应为 1-128 个字符' })
  password!: string;
}

export class SessionUserDto {
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['ADMIN', 'CITY_LEADER', 'COUNTY_LEADER', 'TOWNSHIP_REVIEWER', 'STATION_AGENT'] }) role!: string;
  @ApiProperty() regionCode!: string;
}

export class LoginResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ type: SessionUserDto }) user!: SessionUserDto;
}
