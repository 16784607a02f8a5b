import { Inject, Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import type { Principal } from '../auth/principal';
import { FAILURE_REASONS } from '../cases/case-codes';
import { caseScope } from '../cases/case-commands';
import { CaseErrors } from '../cases/cases.errors';
import { Clock } from '../cases/clock';
import { PrismaService } from '../infra/prisma.service';
import { maskName } from '../privacy/masking';
import { FIRST_OCCASION, LEVEL_TEXT, type Level } from './evaluation-codes';
import { EvaluationInvitations } from './evaluation-invitations';
import { evaluationLink } from './evaluation-token';

/**
 * 办结回执 (DB1405 6.4.1 the result told to the citizen; 8.1.1 the online evaluation channel): the
 * outcome of the case and its one-time evaluation link as text and QR code. Printable again at
 * any time — the token is derived, not stored. A case still being handled has no outcome yet and
 * answers with outcome null (no link is issued before the case is finished).
 */
@Injectable()
export class ReplySlipService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(EvaluationInvitations) private readonly invitations: EvaluationInvitations,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** `origin` (scheme://host of the request) makes the QR code an absolute, scannable address. */
  async slip(user: Principal, caseId: number, origin: string) {
    const c = await this.prisma.case.findFirst({
      where: { AND: [{ id: caseId }, caseScope(user)] },
      include: {
        item: { select: { name: true, department: true } },
        station: { select: { name: true, address: true, openingHours: true } },
        agent: { select: { name: true } },
      },
    });
    if (!c) throw CaseErrors.notFound();
    const finished = c.status === 'COMPLETED' || c.status === 'FAILED';
    const base = {
      title: '红色代办办结回执',
      caseNo: c.caseNo,
      item: c.item,
      station: c.station,
      agentName: c.agent.name,
      citizen: { name: maskName(c.citizenName) },
      status: c.status,
      issuedAt: this.clock.now().toISOString(),
    };
    if (!finished) return { ...base, outcome: null, evaluation: null };
    const outcome = {
      status: c.status,
      text: c.status === 'COMPLETED' ? '已办结' : '未办成',
      completedAt: c.completedAt?.toISOString() ?? null,
      reason: c.failureReason ? (FAILURE_REASONS as Record<string, string>)[c.failureReason] ?? c.failureReason : null,
      note: c.failureNote,
    };
    const done = await this.prisma.evaluation.findUnique({ where: { caseId_occasion: { caseId, occasion: FIRST_OCCASION } }, select: { level: true, createdAt: true } });
    if (done) {
      return { ...base, outcome, evaluation: { state: 'EVALUATED', levelText: LEVEL_TEXT[done.level as Level], evaluatedAt: done.createdAt.toISOString(), link: null, url: null, qrSvg: null, expiresAt: null } };
    }
    const issued = await this.invitations.forSlip(this.prisma, c);
    const expired = !issued || issued.row.expiresAt <= this.clock.now();
    if (!issued || expired || issued.row.usedAt) {
      return { ...base, outcome, evaluation: { state: issued?.row.usedAt ? 'USED' : 'EXPIRED', levelText: null, evaluatedAt: null, link: null, url: null, qrSvg: null, expiresAt: issued?.row.expiresAt.toISOString() ?? null } };
    }
    const link = evaluationLink(issued.token);
    const url = `${origin}${link}`;
    const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return {
      ...base, outcome,
      evaluation: { state: 'OPEN', levelText: null, evaluatedAt: null, link, url, qrSvg, expiresAt: issued.row.expiresAt.toISOString() },
      statement: '请扫描二维码或打开链接，对本次代办服务作出评价（非常满意、满意、基本满意、不满意、非常不满意）；链接仅可使用一次。',
    };
  }
}
