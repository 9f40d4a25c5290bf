import { NirFactSchema } from '@ankomst/contracts';
import { NIR_FACTS } from '@ankomst/regimes';

// The contract (zod, for the API's shape) and the rules engine (the legal table) each list NIR's facts; they must agree.
describe('NIR facts', () => {
  it('the contract and the rules engine list the same facts in the same order', () => {
    expect(NirFactSchema.options).toEqual([...NIR_FACTS]);
  });
});
