import type { CliCommand } from '../commands/command';
import { readJsonFile } from '../commands/evaluate-command';
import { UnknownBaseAmountError } from '../parameters/base-amount';
import { UnknownParameterError } from '../parameters/lookup';
import { calculateMonthlyBenefit } from './monthly-benefit';
import { MissingRegimeParameterError } from './parameters';
import { parseMonthlyBenefitInput } from './validate-input';

/**
 * `pnpm --silent regimes benefit FILE.json`: one participant-month in, the calculation with every line item
 * out (exit 0). Bad input names the field on stderr (exit 2), e.g. `month: must be YYYY-MM`.
 */
export const benefitCommand: CliCommand = {
  name: 'benefit',
  usage: 'benefit FILE.json    calculate one participant-month of introduksjonsstønad; prints the line items as JSON',
  run(args, io) {
    const json = readJsonFile(args[0], io);
    if (json === undefined) return 2;
    const parsed = parseMonthlyBenefitInput(json);
    if (!parsed.ok) {
      io.stderr(`error: invalid benefit input\n${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`);
      return 2;
    }
    try {
      io.stdout(JSON.stringify(calculateMonthlyBenefit(parsed.value), null, 2));
      return 0;
    } catch (e) {
      // No G or no rule parameter for the month: the input asks about a period the engine does not cover.
      if (e instanceof UnknownBaseAmountError) {
        io.stderr(`error: month: no base amount (G) is known for ${e.date}`);
        return 2;
      }
      if (e instanceof MissingRegimeParameterError || e instanceof UnknownParameterError) {
        io.stderr(`error: month: ${e.message}`);
        return 2;
      }
      throw e;
    }
  },
};
