import { documentLinks, wizardSteps } from './decision-page.model.js';

const decision = (state: 'draft' | 'issued', lineCount: number) => ({
  id: '7d1f2c3a-0000-4000-8000-000000000001',
  state,
  totals: { lineCount, baseSalary: null, totalAmount: null, amountInWords: null },
});

describe('the decision wizard steps', () => {
  it('an empty draft is at "add people"; preview and issue have no link yet', () => {
    const steps = wizardSteps('vi', decision('draft', 0));
    expect(steps.map((step) => step.state)).toEqual(['done', 'current', 'todo', 'todo', 'todo']);
    expect(steps[1]).toMatchObject({ label: 'Thêm người', href: `/decisions/${decision('draft', 0).id}#add` });
    expect([steps[2].href, steps[3].href]).toEqual([null, null]);
  });

  it('a draft with lines is at "preview", linking the print view and the issuing step', () => {
    const steps = wizardSteps('vi', decision('draft', 3));
    expect(steps.map((step) => step.state)).toEqual(['done', 'done', 'current', 'todo', 'todo']);
    expect(steps[2].href).toBe(documentLinks(decision('draft', 3).id).html);
    expect(steps[3].href).toBe(`/decisions/${decision('draft', 3).id}/issue`);
  });

  it('an issued decision is at "download"; adding people is no longer offered', () => {
    const steps = wizardSteps('en', decision('issued', 3));
    expect(steps.map((step) => step.state)).toEqual(['done', 'done', 'done', 'done', 'current']);
    expect(steps[1].href).toBeNull();
    expect(steps[4]).toMatchObject({ label: 'Download', ordinal: 5 });
  });
});
