import { describe, expect, it } from 'vitest';
import { stageSteps } from './use-stage-steps';

const history = [
  { fromStage: null, toStage: 'DECLARED' as const, at: '2026-04-08T01:00:00.000Z' },
  { fromStage: 'DECLARED' as const, toStage: 'CULTIVATING' as const, at: '2026-04-23T01:30:00.000Z' },
  { fromStage: 'CULTIVATING' as const, toStage: 'BUILDING' as const, at: '2026-05-10T02:30:00.000Z' },
];

describe('stage stepper', () => {
  it('marks earlier stages done with their dates, the current one, and the rest to do', () => {
    const { steps, withdrawn } = stageSteps('BUILDING', history);
    expect(steps.map((s) => [s.label, s.state])).toEqual([
      ['申报', 'done'],
      ['培育', 'done'],
      ['创建', 'current'],
      ['验收', 'todo'],
      ['命名', 'todo'],
      ['推广', 'todo'],
    ]);
    expect(steps[2].at).toBe('2026-05-10T02:30:00.000Z');
    expect(steps[3].at).toBeNull();
    expect(withdrawn).toBeNull();
  });

  it('dates a stage by the last time the brand entered it (sent back from acceptance)', () => {
    const back = [
      ...history,
      { fromStage: 'BUILDING' as const, toStage: 'ACCEPTANCE' as const, at: '2026-09-01T00:00:00.000Z' },
      { fromStage: 'ACCEPTANCE' as const, toStage: 'BUILDING' as const, at: '2026-09-20T00:00:00.000Z' },
    ];
    const { steps } = stageSteps('BUILDING', back);
    expect(steps[2]).toMatchObject({ state: 'current', at: '2026-09-20T00:00:00.000Z' });
    expect(steps[3]).toMatchObject({ state: 'todo', at: null });
  });

  it('stops a withdrawn brand at the stage it was withdrawn from', () => {
    const gone = [
      ...history,
      { fromStage: 'BUILDING' as const, toStage: 'WITHDRAWN' as const, at: '2026-10-01T00:00:00.000Z' },
    ];
    const { steps, withdrawn } = stageSteps('WITHDRAWN', gone);
    expect(steps.map((s) => s.state)).toEqual(['done', 'done', 'current', 'todo', 'todo', 'todo']);
    expect(withdrawn).toEqual({ at: '2026-10-01T00:00:00.000Z', fromStage: 'BUILDING' });
  });

  it('copes with a brand without recorded history', () => {
    const { steps } = stageSteps('NAMED', []);
    expect(steps.filter((s) => s.state === 'done')).toHaveLength(4);
    expect(steps.every((s) => s.at === null)).toBe(true);
    expect(stageSteps('WITHDRAWN', []).withdrawn).toEqual({ at: null, fromStage: null });
  });
});
