import { Inject, Injectable } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { Clock } from '../cases/clock';
import { PrismaService } from '../infra/prisma.service';
import { maskPhone } from '../privacy/masking';
import { PiiCipher } from '../privacy/pii-cipher';
import type { AnswerSuggestionDto, SubmitSuggestionDto, SuggestionListQuery } from './dto/suggestion.dto';
import { publicSuggestion, staffSuggestion, type SuggestionRow } from './suggestion-views';
import { SuggestionErrors } from './suggestions.errors';
import { newTrackingCode, normalizeTrackingCode } from './tracking-code';

/** The city's root scope ('/140500/'): such roles also see suggestions that name no region. */
const cityWide = (user: Principal) => user.scopePath.split('/').filter(Boolean).length === 1;

/**
 * DB1405 8.2.3 听取和收集各方面的意见建议: anyone submits (no login), gets a tracking code and reads
 * the answer with it; staff answer the suggestions of their region subtree. The contact is
 * optional, stored encrypted, shown to staff only masked and never publicly.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async submit(dto: SubmitSuggestionDto) {
    if (dto.regionCode && !(await this.prisma.region.count({ where: { code: dto.regionCode } }))) throw SuggestionErrors.unknownRegion();
    const contact = dto.contact || null;
    for (let attempt = 0; ; attempt++) {
      try {
        const s = await this.prisma.suggestion.create({
          data: {
            trackingCode: newTrackingCode(), regionCode: dto.regionCode ?? null, content: dto.content,
            contactEnc: contact ? this.pii.encrypt(contact) : null, contactMasked: contact ? maskPhone(contact) : null,
            status: 'OPEN', createdAt: this.clock.now(),
          },
        });
        // Only the code: the receipt of a public form says nothing else back.
        return { trackingCode: s.trackingCode, status: s.status, createdAt: s.createdAt.toISOString() };
      } catch (e) {
        // 60 random bits make a collision next to impossible; a retry settles it if one happens.
        if (attempt < 3 && e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') continue;
        throw e;
      }
    }
  }

  async track(code: string) {
    const trackingCode = normalizeTrackingCode(code);
    const s = trackingCode ? await this.prisma.suggestion.findUnique({ where: { trackingCode } }) : null;
    if (!s) throw SuggestionErrors.trackingNotFound();
    return publicSuggestion(s);
  }

  /** Suggestions naming a region inside the caller's subtree; city-wide roles also those naming none. */
  private async scope(user: Principal): Promise<Prisma.SuggestionWhereInput> {
    if (cityWide(user)) return {};
    const codes = await this.prisma.region.findMany({ where: { path: { startsWith: user.scopePath } }, select: { code: true } });
    return { regionCode: { in: codes.map((c) => c.code) } };
  }

  async list(user: Principal, q: SuggestionListQuery) {
    const where: Prisma.SuggestionWhereInput = { AND: [await this.scope(user), q.status ? { status: q.status } : {}] };
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [rows, total] = await Promise.all([
      this.prisma.suggestion.findMany({ where, orderBy: [{ status: 'desc' }, { id: 'desc' }], skip: (page - 1) * pageSize, take: pageSize }),
      this.prisma.suggestion.count({ where }),
    ]);
    return { items: await this.views(rows), total, page, pageSize };
  }

  private async views(rows: SuggestionRow[]) {
    const codes = [...new Set(rows.map((r) => r.regionCode).filter((c): c is string => !!c))];
    const userIds = [...new Set(rows.map((r) => r.answeredById).filter((id): id is number => id !== null))];
    const [regions, users] = await Promise.all([
      codes.length ? this.prisma.region.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } }) : [],
      userIds.length ? this.prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, username: true } }) : [],
    ]);
    const region = new Map(regions.map((r) => [r.code, r]));
    const user = new Map(users.map((u) => [u.id, u.username]));
    return rows.map((r) => staffSuggestion(r, (r.regionCode && region.get(r.regionCode)) || null, r.answeredById ? user.get(r.answeredById) ?? null : null));
  }

  /** The answer, once; the submitter reads it with the tracking code. */
  async answer(user: Principal, id: number, dto: AnswerSuggestionDto) {
    const s = await this.prisma.suggestion.findFirst({ where: { AND: [{ id }, await this.scope(user)] } });
    if (!s) throw SuggestionErrors.notFound();
    const res = await this.prisma.suggestion.updateMany({
      where: { id, status: 'OPEN' },
      data: { status: 'ANSWERED', answer: dto.answer, answeredById: user.userId, answeredAt: this.clock.now() },
    });
    if (res.count === 0) throw SuggestionErrors.alreadyAnswered();
    const [view] = await this.views([await this.prisma.suggestion.findUniqueOrThrow({ where: { id } })]);
    return view;
  }
}
