import { Inject, Injectable } from '@nestjs/common';
import type { CaseStatus, Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal';
import { PrismaService } from '../infra/prisma.service';
import { maskIdNumber, maskPhone } from '../privacy/masking';
import { PiiCipher } from '../privacy/pii-cipher';
import { CaseCommands } from './case-commands';
import type { Tx } from './case-writer';
import { CaseErrors } from './cases.errors';
import { CasesService } from './cases.service';
import { Clock } from './clock';
import type { CommissionOptionsDto, CreateCaseDto, ReapplyDto } from './dto/commission.dto';
import { dateColumn, shanghaiDate } from './due-date';
import { DueService } from './due.service';
import { FORM_TEXT } from './one-time-notice';

/** The citizen as stored: name in clear (masked on output), phone and ID encrypted with masked copies. */
export interface StoredCitizen {
  name: string;
  phoneEnc: string;
  phoneMasked: string;
  idEnc: string | null;
  idMasked: string | null;
}

export interface CommissionInput {
  itemId: number;
  citizen: StoredCitizen;
  consentMethod: string;
  homeVisit: boolean;
  providedMaterialIds: number[];
  consultationId?: number;
  reapplicationOfId?: number;
}

/** Items a station can take now: active and published (DB1405 7.1). */
const takeable = (id: number): Prisma.CatalogueItemWhereInput => ({ id, active: true, version: { gt: 0 } });

/** DB1405 4.1, 4.5, 6.2: taking a commission — consent, the item's checklist, the one-time notice, acceptance. */
@Injectable()
export class CommissionService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(CaseCommands) private readonly commands: CaseCommands,
    @Inject(CasesService) private readonly cases: CasesService,
    @Inject(DueService) private readonly dues: DueService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The item's current checklist with the material ids a commission names as provided. */
  async checklist(itemId: number) {
    const item = await this.prisma.catalogueItem.findFirst({ where: takeable(itemId), include: { materials: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] } } });
    if (!item) throw CaseErrors.unknownItem();
    return {
      item: {
        id: item.id, code: item.code, name: item.name, level: item.level, department: item.department, timeLimitDays: item.timeLimitDays,
        version: item.version, statutoryFee: Number(item.statutoryFee.toString()), procedure: item.procedure,
      },
      /** DB1405 7.2.2: township and county items are handed up after acceptance. */
      crossLevel: item.level !== 'VILLAGE',
      materials: item.materials.map((m) => ({ id: m.id, name: m.name, form: m.form, formText: FORM_TEXT[m.form], copies: m.copies, howToGet: m.howToGet })),
    };
  }

  /** DB1405 4.1: refuse declined or private matters; require the commission and how it was given. */
  voluntary(dto: Pick<CommissionOptionsDto, 'consent' | 'privateMatter' | 'declined'>): string {
    if (dto.privateMatter || dto.declined) throw CaseErrors.privateMatter();
    if (!dto.consent || dto.consent.given !== true || !dto.consent.method) throw CaseErrors.consentRequired();
    return dto.consent.method;
  }

  storeCitizen(c: { name: string; phone: string; idNumber?: string }): StoredCitizen {
    const id = c.idNumber?.toUpperCase();
    return {
      name: c.name.trim(),
      phoneEnc: this.pii.encrypt(c.phone),
      phoneMasked: maskPhone(c.phone),
      idEnc: id ? this.pii.encrypt(id) : null,
      idMasked: id ? maskIdNumber(id) : null,
    };
  }

  async create(user: Principal, dto: CreateCaseDto) {
    const consentMethod = this.voluntary(dto);
    const id = await this.prisma.$transaction((tx) =>
      this.createInTx(tx, user, {
        itemId: dto.itemId, citizen: this.storeCitizen(dto.citizen), consentMethod, homeVisit: dto.homeVisit ?? false,
        providedMaterialIds: dto.providedMaterialIds, consultationId: dto.consultationId,
      }));
    return this.respond(user, id);
  }

  /** The new case as GET /cases/{id} shows it, plus the one-time notice when materials are missing (DB1405 6.2.2). */
  async respond(user: Principal, id: number) {
    const [detail, notice] = await Promise.all([this.cases.detail(user, id), this.cases.buildNotice(this.prisma, id)]);
    return { ...detail, oneTimeNotice: notice };
  }

  /**
   * Writes the case, its checklist and its CREATED event. Complete materials: ACCEPTED (受理) with
   * the clock started; anything missing: AWAITING_MATERIALS, no acceptance, no due date (6.2.2).
   */
  async createInTx(tx: Tx, user: Principal, input: CommissionInput): Promise<number> {
    if (!user.stationId) throw CaseErrors.notAnAgent();
    const agentId = await this.commands.actorAgentId(user, tx);
    const item = await tx.catalogueItem.findFirst({ where: takeable(input.itemId), include: { materials: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] } } });
    if (!item) throw CaseErrors.unknownItem();
    const known = new Set(item.materials.map((m) => m.id));
    const unknown = [...new Set(input.providedMaterialIds)].filter((m) => !known.has(m));
    if (unknown.length) throw CaseErrors.unknownMaterials(unknown);
    if (input.consultationId) await this.linkConsultation(tx, user, input.consultationId);

    const at = this.clock.now();
    const provided = new Set(input.providedMaterialIds);
    const complete = item.materials.every((m) => provided.has(m.id));
    const [{ id }] = await tx.$queryRaw<{ id: bigint }[]>`SELECT nextval(pg_get_serial_sequence('cases', 'id')) AS id`;
    const caseId = Number(id);
    const caseNo = `JC${shanghaiDate(at).replace(/-/g, '')}-${String(caseId).padStart(7, '0')}`;
    const status: CaseStatus = complete ? 'ACCEPTED' : 'AWAITING_MATERIALS';
    const acceptedAt = complete ? at : null;
    const due = complete ? await this.dues.dueDate(tx, { itemId: item.id, itemVersion: item.version }, at, 0, 0) : null;
    await tx.case.create({
      data: {
        id: caseId, caseNo, stationId: user.stationId, agentId, itemId: item.id, itemVersion: item.version, consultationId: input.consultationId ?? null,
        citizenName: input.citizen.name, citizenPhoneEnc: input.citizen.phoneEnc, citizenPhoneMasked: input.citizen.phoneMasked,
        citizenIdEnc: input.citizen.idEnc, citizenIdMasked: input.citizen.idMasked,
        consentAt: at, consentMethod: input.consentMethod, status, level: item.level, homeVisit: input.homeVisit,
        acceptedAt, dueDate: due ? dateColumn(due) : null, reapplicationOfId: input.reapplicationOfId ?? null, version: 1, createdAt: at,
      },
    });
    await tx.caseMaterial.createMany({
      data: item.materials.map((m) => ({
        caseId, materialId: m.id, name: m.name, form: m.form, copies: m.copies, howToGet: m.howToGet,
        provided: provided.has(m.id), providedAt: provided.has(m.id) ? at : null,
      })),
    });
    const after = {
      status, itemId: item.id, itemVersion: item.version, level: item.level, stationId: user.stationId, agentId, homeVisit: input.homeVisit,
      consentMethod: input.consentMethod, acceptedAt: acceptedAt?.toISOString() ?? null, dueDate: due,
      consultationId: input.consultationId ?? null, reapplicationOfId: input.reapplicationOfId ?? null,
    };
    await tx.caseEvent.create({
      data: {
        caseId, type: 'CREATED', fromStatus: null, toStatus: status, actorId: user.userId, at,
        data: { before: null, after, missingMaterials: item.materials.filter((m) => !provided.has(m.id)).map((m) => m.name) },
      },
    });
    return caseId;
  }

  /** A consultation turned into this case is marked CONVERTED in the same transaction (once only). */
  private async linkConsultation(tx: Tx, user: Principal, consultationId: number): Promise<void> {
    const scope = { station: { region: { path: { startsWith: user.scopePath } } } };
    const res = await tx.consultation.updateMany({
      where: { id: consultationId, status: { in: ['OPEN', 'ANSWERED'] }, ...scope },
      data: { status: 'CONVERTED' },
    });
    if (res.count === 1) return;
    const exists = await tx.consultation.count({ where: { id: consultationId, ...scope } });
    throw exists ? CaseErrors.consultationUnavailable() : CaseErrors.consultationNotFound();
  }

  /** DB1405 6.4.2: help the citizen apply again — a new case for the same item and citizen, linked to the failed one. */
  async reapply(user: Principal, id: number, dto: ReapplyDto) {
    let newId = 0;
    await this.commands.execute(user, id, {
      action: 'REAPPLY',
      expectedVersion: dto.expectedVersion,
      build: async (tx, old) => {
        const consentMethod = this.voluntary(dto);
        newId = await this.createInTx(tx, user, {
          itemId: old.itemId, consentMethod, homeVisit: dto.homeVisit ?? old.homeVisit, providedMaterialIds: dto.providedMaterialIds,
          citizen: { name: old.citizenName, phoneEnc: old.citizenPhoneEnc, phoneMasked: old.citizenPhoneMasked, idEnc: old.citizenIdEnc, idMasked: old.citizenIdMasked },
          reapplicationOfId: old.id,
        });
        return { type: 'REAPPLIED', detail: { reapplicationId: newId } };
      },
    });
    return this.respond(user, newId);
  }
}
