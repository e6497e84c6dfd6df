import { NOMINATION_STATES_IN_SCHEMA, SCREENED_STATES_IN_SCHEMA } from '../../migrations/1796153000000-Nominations.js';
import { NOMINATION_STATES } from '../law/index.js';
import { SCREENED_STATES } from './nomination-transitions.service.js';

describe('the nominations table', () => {
  it('checks the states of the law table (issue 10: one table of transitions), the same list', () => {
    expect([...NOMINATION_STATES_IN_SCHEMA]).toEqual([...NOMINATION_STATES]);
  });

  it('screens with its unique indexes the states the service screens (issue 10: not withdrawn or rejected, drafts apart)', () => {
    expect([...SCREENED_STATES_IN_SCHEMA]).toEqual([...SCREENED_STATES]);
  });
});
