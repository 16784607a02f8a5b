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
  @ApiProperty({ description: '刷新令牌：一次性使用，每次刷新都会换发新令牌' }) refreshToken!: string;
  @ApiProperty({ description: '访问令牌有效期（秒）' }) expiresIn!: number;
  @ApiProperty({ type: SessionUserDto }) user!: SessionUserDto;
}

export class RefreshDto {
  @ApiProperty()
  @IsString({ message: '刷新令牌必须是文本' })
  @Length(10, 200, { message: '刷新令牌格式不正确' })
  refreshToken!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @Length(1, 128)
  oldPassword!: string;

  @ApiProperty({ description: '至少 12 位，包含大写字母、小写字母、数字、符号中的至少三类' })
  @IsString()
  @Length(1, 128)
  newPassword!: string;
}
