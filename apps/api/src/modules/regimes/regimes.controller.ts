import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CaseFactsSchema, RegimeEvaluationSchema, type RegimeEvaluation } from '@ankomst/contracts';
import { evaluate, parseCaseFacts } from '@ankomst/regimes';
import { RequirePermission } from '../../core/access/access.decorators';
import { ValidationError } from '../../core/errors/app-error';
import { ApiContract } from '../../core/http/api-contract.decorator';

/** The engine's messages as zod-like issue codes, so clients translate them like any other field error. */
function issueCode(message: string): string {
  if (message === 'is required') return 'invalid_type';
  if (message === 'is not a known field') return 'unrecognized_keys';
  return 'invalid_value';
}

/**
 * The rules engine over HTTP: the body is the engine's input, the answer its output unchanged. The engine's own
 * parser validates (it also rejects unknown fields); its field errors become the usual 400 `issues`.
 * No person data is read or stored, so nothing is audited.
 */
@ApiTags('regimes')
@Controller('regimes')
export class RegimesController {
  @Post('evaluate')
  @RequirePermission('regimes.evaluate')
  @ApiContract({
    summary: 'Evaluate one case with the legal rules engine',
    body: CaseFactsSchema,
    response: RegimeEvaluationSchema,
    status: 200,
  })
  evaluate(@Body() body: unknown): RegimeEvaluation {
    const parsed = parseCaseFacts(body);
    if (!parsed.ok) {
      const issues = parsed.errors.map((e) => ({ path: e.path, code: issueCode(e.message), message: e.message }));
      throw new ValidationError(
        issues,
        `Invalid value for ${[...new Set(issues.map((i) => i.path || '(body)'))].join(', ')}`,
      );
    }
    return evaluate(parsed.facts);
  }
}
