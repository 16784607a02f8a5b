import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hash, verify } from '@node-rs/argon2';
import { Errors } from '../common/app-error';
import { PrismaService } from '../infra/prisma.service';
import type { TokenClaims } from './principal';
import type { LoginResponseDto } from './dto/login.dto';

// A hash to verify against when the user does not exist, so that the response time does not
// tell which usernames exist.
const dummyHash = hash('no-such-user-placeholder');

@Injectable()
export class AuthService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService, private readonly jwt: JwtService) {}

  async login(username: string, password: string): Promise<LoginResponseDto> {
    const user = await this.prisma.user.findUnique({ where: { username }, include: { region: { select: { path: true } } } });
    const ok = await verify(user?.passwordHash ?? (await dummyHash), password).catch(() => false);
    if (!user || !user.active || !ok) throw Errors.invalidCredentials();
    const claims: TokenClaims = {
      sub: String(user.id), usr: user.username, role: user.role, reg: user.regionCode, scp: user.region.path, stn: user.stationId,
    };
    return {
      accessToken: await this.jwt.signAsync(claims),
      user: { username: user.username, displayName: user.displayName, role: user.role, regionCode: user.regionCode },
    };
  }
}
