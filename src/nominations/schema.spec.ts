import { NOMINATION_STATES_IN_SCHEMA } from '../../migrations/1796153000000-Nominations.js';
import { NOMINATION_STATES } from '../law/index.js';

describe('the nominations table', () => {
  it('checks the states of the law table (issue 10: one table of transitions), the same list', () => {
    expect([...NOMINATION_STATES_IN_SCHEMA]).toEqual([...NOMINATION_STATES]);
  });
});
