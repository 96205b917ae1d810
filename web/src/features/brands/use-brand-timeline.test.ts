import { describe, expect, it } from 'vitest';
import { timelineKindLabel, timelineTone } from './use-brand-timeline';

describe('timeline of changes', () => {
  it('names each kind of event in Chinese, and unknown kinds plainly', () => {
    expect(timelineKindLabel('STAGE_CHANGED')).toBe('阶段变更');
    expect(timelineKindLabel('RECTIFICATION_VERIFIED')).toBe('整改核验');
    expect(timelineKindLabel('SOMETHING_NEW')).toBe('动态');
  });

  it('groups kinds by colour', () => {
    expect(timelineTone('LEVEL_PROMOTED')).toBe('level');
    expect(timelineTone('INSPECTION_RECORDED')).toBe('rectification');
    expect(timelineTone('CASE_PUBLISHED')).toBe('case');
    expect(timelineTone('MILESTONE_REPORTED')).toBe('plain');
  });
});
