import { describe, expect, it } from 'vitest';
import {
  COUNTY,
  inspectionsLink,
  levelLink,
  overdueMilestonesLink,
  progressLink,
  rectificationLink,
  scoreLink,
  stageLink,
  tierLink,
} from './dashboard-links';

const town = { unitId: 't1', subtree: true };
const village = { unitId: 'v1', subtree: false };

describe('each dashboard figure opens the list behind it', () => {
  it('opens the leaders brand list by stage and level, every stage alike, within the scope', () => {
    expect(stageLink('BUILDING', COUNTY)).toEqual({ path: '/workspace/brands', query: { stage: 'BUILDING' } });
    expect(stageLink('NAMED', town)).toEqual({ path: '/workspace/brands', query: { stage: 'NAMED', town: 't1' } });
    expect(stageLink('DECLARED', COUNTY)).toEqual({ path: '/workspace/brands', query: { stage: 'DECLARED' } });
    expect(stageLink('WITHDRAWN', town)).toEqual({
      path: '/workspace/brands',
      query: { stage: 'WITHDRAWN', town: 't1' },
    });
    expect(levelLink('CITY', COUNTY)).toEqual({ path: '/workspace/brands', query: { level: 'CITY' } });
    expect(levelLink('PROVINCE', town)).toEqual({
      path: '/workspace/brands',
      query: { level: 'PROVINCE', town: 't1' },
    });
  });

  it('keeps the scope when the average score opens its inspections', () => {
    expect(scoreLink(COUNTY)).toEqual({ path: '/workspace/inspections', query: { kind: ['REGULAR', 'SPOT'] } });
    expect(scoreLink(town)).toEqual({
      path: '/workspace/inspections',
      query: { kind: ['REGULAR', 'SPOT'], town: 't1' },
    });
    expect(scoreLink(village)).toEqual({
      path: '/workspace/inspections',
      query: { kind: ['REGULAR', 'SPOT'], unit: 'v1' },
    });
  });

  it('opens the leaders brand list for progress and overdue milestones', () => {
    expect(progressLink(80, 100, town)).toEqual({
      path: '/workspace/brands',
      query: { progress: '80-100', town: 't1' },
    });
    expect(overdueMilestonesLink(COUNTY)).toEqual({ path: '/workspace/brands', query: { overdue: '1' } });
  });

  it('opens rectifications, inspections and units', () => {
    expect(rectificationLink('open', COUNTY)).toEqual({
      path: '/workspace/rectifications',
      query: { status: ['OPEN', 'IN_PROGRESS', 'DONE'] },
    });
    expect(rectificationLink('overdue', town)).toEqual({
      path: '/workspace/rectifications',
      query: { overdue: '1', town: 't1' },
    });
    expect(rectificationLink('verified', COUNTY)).toEqual({
      path: '/workspace/rectifications',
      query: { status: 'VERIFIED' },
    });
    expect(inspectionsLink('2026-07', 'SPOT', village)).toEqual({
      path: '/workspace/inspections',
      query: { from: '2026-07-01', to: '2026-07-31', kind: 'SPOT', unit: 'v1' },
    });
    expect(inspectionsLink('2026-02', null, town)).toEqual({
      path: '/workspace/inspections',
      query: { from: '2026-02-01', to: '2026-02-28', town: 't1' },
    });
    expect(tierLink('LAGGING', COUNTY)).toEqual({ path: '/workspace/units', query: { baseline: 'LAGGING' } });
    expect(tierLink('AVERAGE', town)).toEqual({ path: '/workspace/units', query: { baseline: 'AVERAGE', town: 't1' } });
  });
});
