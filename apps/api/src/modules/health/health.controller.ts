import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthSchema } from '@ankomst/contracts';
import type { Response } from 'express';
import { Public } from '../../core/access/access.decorators';
import { PrismaService } from '../../core/database/prisma.service';
import { ApiContract } from '../../core/http/api-contract.decorator';

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  @Get('live')
  @ApiContract({ summary: 'Liveness: the process answers', response: HealthSchema })
  live() {
    return { status: 'ok' as const };
  }

  @Get('ready')
  @ApiContract({ summary: 'Readiness: the database answers (503 when it does not)', response: HealthSchema })
  async ready(@Res({ passthrough: true }) res: Response) {
    try {
      await this.prisma.$queryRaw`SELECT 1`;
      return { status: 'ok' as const, checks: { database: 'ok' as const } };
    } catch {
      res.status(503);
      return { status: 'unavailable' as const, checks: { database: 'failed' as const } };
    }
  }
}
