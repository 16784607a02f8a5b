import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Audited } from '../audit/audited';
import { AuthService, type ClientMeta } from './auth.service';
import { ChangePasswordDto, LoginDto, LoginResponseDto, RefreshDto, SessionUserDto } from './dto/login.dto';
import { Public, RequirePermission } from './permissions';
import { CurrentUser, type Principal } from './principal';

const meta = (req: FastifyRequest): ClientMeta => ({ ip: req.ip, userAgent: req.headers['user-agent'], requestId: String(req.id) });

@ApiTags('认证')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Audited inside (success and failure, with the name that was tried). */
  @Post('login')
  @Public()
  @Audited({ action: 'auth.login' })
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  login(@Body() body: LoginDto, @Req() req: FastifyRequest): Promise<LoginResponseDto> {
    return this.auth.login(body.username, body.password, meta(req));
  }

  /** Exchanges a refresh token for a new pair; the old one is spent (rotation). */
  @Post('refresh')
  @Public()
  @Audited({ action: 'auth.refresh' })
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  refresh(@Body() body: RefreshDto, @Req() req: FastifyRequest): Promise<LoginResponseDto> {
    return this.auth.refresh(body.refreshToken, meta(req));
  }

  @Post('logout')
  @RequirePermission('account:self')
  @Audited({ action: 'auth.logout' })
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@CurrentUser() user: Principal): Promise<void> {
    await this.auth.logout(user, user.sessionId);
  }

  @Get('me')
  @RequirePermission('account:self')
  @ApiBearerAuth()
  @ApiOkResponse({ type: SessionUserDto })
  me(@CurrentUser() user: Principal) {
    return { username: user.username, role: user.role, regionCode: user.regionCode, stationId: user.stationId };
  }

  @Post('password')
  @RequirePermission('account:self')
  @Audited({ action: 'auth.password.change', resourceType: 'user' })
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiNoContentResponse()
  async changePassword(@CurrentUser() user: Principal, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(user, body.oldPassword, body.newPassword);
  }
}
