import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { PrismaService } from '../infra/prisma.service';
import { FileStore } from '../uploads/file-store';
import { checkUpload, defaultExtension } from '../uploads/sniff';
import { UploadErrors } from '../uploads/uploads.errors';
import { CaseCommands } from './case-commands';
import { CaseErrors } from './cases.errors';
import { CasesService } from './cases.service';

export interface UploadInput { body: unknown; contentType: string | undefined; materialName: string; fileName?: string }

/** DB1405 7.2.3 b): scanned materials of a case — typed by content, stored by checksum, read under audit. */
@Injectable()
export class CaseFilesService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CaseCommands) private readonly commands: CaseCommands,
    @Inject(CasesService) private readonly cases: CasesService,
    @Inject(FileStore) private readonly store: FileStore,
  ) {}

  async upload(user: Principal, id: number, input: UploadInput) {
    await this.commands.findInScope(user, id);
    if (!Buffer.isBuffer(input.body)) throw UploadErrors.notAFile();
    if (!input.body.length) throw UploadErrors.empty();
    const checked = checkUpload(input.body, input.contentType ?? '', input.fileName ?? null);
    if (!checked.ok) throw UploadErrors.typeMismatch(checked.reason);
    const materialName = input.materialName.trim();
    const fileName = input.fileName?.trim() || `${materialName}.${defaultExtension(checked.type)}`;
    // Content-addressed, so writing before the transaction is safe: a rolled-back upload leaves
    // at most an unreferenced copy of bytes, never a row without its file.
    const { sha256, size } = await this.store.put(input.body);
    await this.commands.execute(user, id, {
      action: 'UPLOAD_FILE', expectedVersion: null,
      build: async (tx, c) => {
        // While the case is up at the township/county, a new scan belongs to the open hop.
        const hop = c.status === 'HANDED_UP' ? await tx.caseHandoff.findFirst({ where: { caseId: c.id, returnedAt: null }, orderBy: { id: 'desc' } }) : null;
        const file = await tx.caseFile.create({
          data: { caseId: c.id, handoffId: hop?.id ?? null, materialName, fileName, mimeType: checked.type, sizeBytes: size, sha256, uploadedById: user.userId },
        });
        return { type: 'FILE_UPLOADED', detail: { fileId: file.id, handoffId: file.handoffId, materialName, fileName, mimeType: checked.type, sizeBytes: size, sha256 } };
      },
    });
    return this.cases.detail(user, id);
  }

  /** The file's bytes; the route audits every read (scans carry citizens' personal data). */
  async download(user: Principal, id: number, fileId: number) {
    await this.commands.findInScope(user, id);
    const file = await this.prisma.caseFile.findFirst({ where: { id: fileId, caseId: id } });
    if (!file) throw CaseErrors.fileNotFound();
    const bytes = await this.store.get(file.sha256);
    if (FileStore.sha256(bytes) !== file.sha256) throw UploadErrors.corrupted();
    return { bytes, mimeType: file.mimeType, fileName: file.fileName };
  }
}
