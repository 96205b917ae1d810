import { describe, expect, it } from 'vitest';
import type { RectificationStatus, WorkRectificationFragment } from '../../gql/graphql';
import {
  currentRejection,
  latestSubmission,
  splitAttachments,
  statusTagType,
  stepText,
  unitChoices,
} from './rectification-view';

type Event = WorkRectificationFragment['history'][number];
type Attachment = WorkRectificationFragment['attachments'][number];

let n = 0;
function step(
  from: RectificationStatus | null,
  to: RectificationStatus,
  note: string | null = null,
  ids: string[] = [],
): Event {
  n += 1;
  return {
    id: `e${n}`,
    fromStatus: from,
    toStatus: to,
    note,
    attachmentIds: ids,
    at: `2026-11-${String(n).padStart(2, '0')}T02:00:00.000Z`,
    actor: { id: 'u', displayName: to === 'OPEN' && from === 'DONE' ? '督查员王' : '村支书李' },
  };
}
const file = (id: string, contentType = 'image/png'): Attachment => ({
  id,
  filename: `${id}.${contentType === 'application/pdf' ? 'pdf' : 'png'}`,
  contentType,
  size: 1000,
  url: `/files/${id}`,
});

describe('what the unit may do with an item', () => {
  it('offers the moves the server allows and nothing once the item is done', () => {
    expect(unitChoices('OPEN')).toEqual(['IN_PROGRESS', 'DONE']);
    expect(unitChoices('IN_PROGRESS')).toEqual(['DONE']);
    expect(unitChoices('DONE')).toEqual([]);
    expect(unitChoices('VERIFIED')).toEqual([]);
  });
});

describe('the inspector’s reason for a return', () => {
  const created = step(null, 'OPEN');
  const first = step('OPEN', 'DONE', '已更换标识牌', ['a1']);
  const back = step('DONE', 'OPEN', '标识牌位置不对，请移到大门右侧');

  it('is shown while the unit works on the item again, with how many times it came back', () => {
    const item = { status: 'OPEN' as const, history: [created, first, back], attachments: [] };
    expect(currentRejection(item)).toEqual({
      reason: '标识牌位置不对，请移到大门右侧',
      at: back.at,
      by: '督查员王',
      times: 1,
    });
    const again = [created, first, back, step('OPEN', 'DONE', '已移位'), step('DONE', 'OPEN', '照片看不清')];
    expect(currentRejection({ status: 'IN_PROGRESS', history: again, attachments: [] })).toMatchObject({
      reason: '照片看不清',
      times: 2,
    });
  });

  it('is gone once the item is sent again or verified, and absent when it never came back', () => {
    expect(
      currentRejection({ status: 'DONE', history: [created, first, back, step('OPEN', 'DONE')], attachments: [] }),
    ).toBeNull();
    expect(currentRejection({ status: 'OPEN', history: [created], attachments: [] })).toBeNull();
  });
});

describe('what the unit sent for verification', () => {
  it('is the latest done report with its own evidence, earlier evidence apart', () => {
    const files = [file('p1'), file('p2'), file('d1', 'application/pdf'), file('v1')];
    const history = [
      step(null, 'OPEN'),
      step('OPEN', 'IN_PROGRESS', '开始施工', ['p1']),
      step('IN_PROGRESS', 'DONE', '完工', ['p2']),
      step('DONE', 'OPEN', '缺验收单', ['v1']),
      step('OPEN', 'DONE', '补交验收单', ['d1']),
    ];
    const sent = latestSubmission({ status: 'DONE', history, attachments: files })!;
    expect(sent.note).toBe('补交验收单');
    expect(sent.round).toBe(2);
    expect(sent.evidence.map((a) => a.id)).toEqual(['d1']);
    // The inspector's own photo (v1) is not the unit's evidence.
    expect(sent.earlier.map((a) => a.id)).toEqual(['p1', 'p2']);
  });

  it('is null before the item was ever marked done', () => {
    expect(
      latestSubmission({ status: 'IN_PROGRESS', history: [step('OPEN', 'IN_PROGRESS')], attachments: [] }),
    ).toBeNull();
  });
});

describe('display', () => {
  it('previews images and links other files', () => {
    const parts = splitAttachments([file('a'), file('b', 'application/pdf'), file('c', 'image/jpeg')]);
    expect(parts.images.map((a) => a.id)).toEqual(['a', 'c']);
    expect(parts.files.map((a) => a.id)).toEqual(['b']);
  });

  it('reads each step in Chinese, a return as a return', () => {
    expect(stepText({ fromStatus: null, toStatus: 'OPEN' })).toBe('由检查发现问题生成整改事项');
    expect(stepText({ fromStatus: 'OPEN', toStatus: 'IN_PROGRESS' })).toBe('开始整改');
    expect(stepText({ fromStatus: 'IN_PROGRESS', toStatus: 'DONE' })).toBe('标记为已整改，提交核验');
    expect(stepText({ fromStatus: 'DONE', toStatus: 'OPEN' })).toBe('核验未通过，退回重新整改');
    expect(stepText({ fromStatus: 'DONE', toStatus: 'VERIFIED' })).toBe('核验通过');
  });

  it('colours overdue items red until they are verified', () => {
    expect(statusTagType({ status: 'OPEN', overdue: true })).toBe('danger');
    expect(statusTagType({ status: 'OPEN', overdue: false })).toBe('warning');
    expect(statusTagType({ status: 'DONE', overdue: false })).toBe('info');
    expect(statusTagType({ status: 'VERIFIED', overdue: false })).toBe('success');
  });
});
