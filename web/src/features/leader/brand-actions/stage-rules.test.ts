import { describe, expect, it } from 'vitest';
import {
  higherLevels,
  moveBlocked,
  moveConfirmation,
  moveLabel,
  needsNote,
  nextStages,
  promotionLabel,
} from './stage-rules';

describe('brand stage and level actions', () => {
  it('offers only the allowed next stages', () => {
    expect(nextStages('DECLARED')).toEqual(['CULTIVATING', 'WITHDRAWN']);
    expect(nextStages('ACCEPTANCE')).toEqual(['NAMED', 'BUILDING', 'WITHDRAWN']);
    expect(nextStages('WITHDRAWN')).toEqual([]);
  });

  it('asks why for withdrawing and for sending back from acceptance', () => {
    expect(needsNote('BUILDING', 'WITHDRAWN')).toBe(true);
    expect(needsNote('ACCEPTANCE', 'BUILDING')).toBe(true);
    expect(needsNote('ACCEPTANCE', 'NAMED')).toBe(false);
    expect(needsNote('DECLARED', 'CULTIVATING')).toBe(false);
  });

  it('names each move and says what confirming it means', () => {
    expect(moveLabel('DECLARED', 'CULTIVATING')).toBe('推进到「培育」');
    expect(moveLabel('ACCEPTANCE', 'BUILDING')).toBe('验收未通过，退回「创建」');
    expect(moveLabel('NAMED', 'WITHDRAWN')).toBe('撤销品牌');
    expect(moveConfirmation('农家党校', 'NAMED', 'WITHDRAWN')).toMatch(/无法恢复/);
    expect(moveConfirmation('农家党校', 'BUILDING', 'ACCEPTANCE')).toMatch(/由「创建」转为「验收」.*不能退回/);
    expect(moveConfirmation('农家党校', 'ACCEPTANCE', 'BUILDING')).toMatch(/确认退回/);
  });

  it('knows that building needs an approved plan', () => {
    expect(moveBlocked('CULTIVATING', 'BUILDING', 'SUBMITTED')).toMatch(/审核通过后/);
    expect(moveBlocked('CULTIVATING', 'BUILDING', 'APPROVED')).toBeNull();
    expect(moveBlocked('CULTIVATING', 'WITHDRAWN', null)).toBeNull();
  });

  it('promotes only to higher levels, never a withdrawn brand', () => {
    expect(higherLevels(null, 'NAMED')).toEqual(['COUNTY', 'CITY', 'PROVINCE', 'NATIONAL']);
    expect(higherLevels('CITY', 'NAMED')).toEqual(['PROVINCE', 'NATIONAL']);
    expect(higherLevels('NATIONAL', 'PROMOTED')).toEqual([]);
    expect(higherLevels('COUNTY', 'WITHDRAWN')).toEqual([]);
    expect(promotionLabel('COUNTY', 'CITY')).toBe('由「县级」晋升为「市级」品牌');
    expect(promotionLabel(null, 'COUNTY')).toBe('晋升为「县级」品牌');
  });
});
