import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Audited } from '../audit/audited';
import { RequirePermission } from '../auth/permissions';
import { CurrentUser, type Principal } from '../auth/principal';
import { UPLOAD_TYPES } from '../uploads/sniff';
import { CaseFilesService } from './case-files.service';
import { UploadQueryDto } from './dto/case-query.dto';
import { caseId, fileId } from './id-param';

/** RFC 6266 / 5987: a Chinese file name survives the header; an ASCII fallback for old clients. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** DB1405 7.2.3 b): scanned materials (高拍仪) uploaded as the raw request body. */
@ApiTags('跨层级上报')
@ApiBearerAuth()
@ApiParam({ name: 'id', type: Number })
@Controller('cases/:id/files')
export class CaseFilesController {
  constructor(@Inject(CaseFilesService) private readonly files: CaseFilesService) {}

  @Post()
  @RequirePermission('case:write')
  @Audited({ action: 'case.file.upload', resourceType: 'case' })
  @ApiConsumes(...UPLOAD_TYPES)
  @ApiBody({ description: '文件内容本身（PDF/JPEG/PNG），按内容识别类型', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 201, description: '案件详情（files 中含新文件及其 sha256）' })
  @ApiResponse({ status: 413, description: 'UPLOAD.TOO_LARGE' })
  @ApiResponse({ status: 415, description: 'UPLOAD.TYPE_MISMATCH：内容与 Content-Type 或文件名后缀不符' })
  upload(@CurrentUser() user: Principal, @Param('id', caseId) id: number, @Query() q: UploadQueryDto, @Req() req: FastifyRequest) {
    return this.files.upload(user, id, { body: req.body, contentType: req.headers['content-type'], materialName: q.materialName, fileName: q.fileName });
  }

  /** A scan carries the citizen's personal data: every download is audited like a personal-data view. */
  @Get(':fileId')
  @RequirePermission('case:read')
  @Audited({ action: 'case.file.view', resourceType: 'case' })
  @ApiParam({ name: 'fileId', type: Number })
  @ApiOkResponse({ description: '文件内容（Content-Type 为登记的类型）', schema: { type: 'string', format: 'binary' } })
  async download(
    @CurrentUser() user: Principal, @Param('id', caseId) id: number, @Param('fileId', fileId) fid: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const f = await this.files.download(user, id, fid);
    void reply
      .header('content-type', f.mimeType)
      .header('content-disposition', attachment(f.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store');
    return f.bytes;
  }
}
