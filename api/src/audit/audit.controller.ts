import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AuditOutcome, type Prisma } from '@prisma/client';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { RequirePermission } from '../auth/permissions';
import { PrismaService } from '../infra/prisma.service';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

class AuditQueryDto {
  @ApiProperty({ required: false, example: '2026-11-01' }) @IsOptional() @Matches(DAY, { message: 'from 应为 YYYY-MM-DD' }) from?: string;
  @ApiProperty({ required: false, example: '2026-11-30' }) @IsOptional() @Matches(DAY, { message: 'to 应为 YYYY-MM-DD' }) to?: string;
  @ApiProperty({ required: false, description: '操作人用户名' }) @IsOptional() @IsString() @MaxLength(64) actor?: string;
  @ApiProperty({ required: false, description: '操作（前缀匹配，如 auth. 或 case.pii）' }) @IsOptional() @IsString() @MaxLength(64) action?: string;
  @ApiProperty({ required: false, enum: AuditOutcome }) @IsOptional() @IsEnum(AuditOutcome) outcome?: AuditOutcome;
  @ApiProperty({ required: false }) @IsOptional() @IsString() @MaxLength(32) resourceType?: string;
  @ApiProperty({ required: false }) @IsOptional() @IsString() @MaxLength(64) resourceId?: string;
  @ApiProperty({ required: false, default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page = 1;
  @ApiProperty({ required: false, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize = 50;
}

/** Shanghai calendar day → the instant it starts. */
const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);

@ApiTags('审计')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** 等保 2.0: administrators search who did what, when and from where. */
  @Get()
  @RequirePermission('audit:read')
  @ApiOkResponse({ description: '{ items, total, page, pageSize }' })
  async search(@Query() q: AuditQueryDto) {
    const where: Prisma.AuditLogWhereInput = {
      ...(q.from || q.to ? { at: { ...(q.from ? { gte: dayStart(q.from) } : {}), ...(q.to ? { lt: new Date(dayStart(q.to).getTime() + 86_400_000) } : {}) } } : {}),
      ...(q.actor ? { actorName: q.actor } : {}),
      ...(q.action ? { action: { startsWith: q.action } } : {}),
      ...(q.outcome ? { outcome: q.outcome } : {}),
      ...(q.resourceType ? { resourceType: q.resourceType } : {}),
      ...(q.resourceId ? { resourceId: q.resourceId } : {}),
    };
    const [rows, total] = await Promise.all([
      this.prisma.auditLog.findMany({ where, orderBy: { id: 'desc' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
      this.prisma.auditLog.count({ where }),
    ]);
    return { items: rows.map((r) => ({ ...r, id: String(r.id), at: r.at.toISOString() })), total, page: q.page, pageSize: q.pageSize };
  }
}
