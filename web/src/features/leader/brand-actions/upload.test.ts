import { describe, expect, it } from 'vitest';
import { documentProblem, uploadRefusal } from './upload';

describe('uploading a recognising document', () => {
  it('takes PDFs and images up to 20 MB', () => {
    expect(documentProblem({ type: 'application/pdf', size: 1000 })).toBeNull();
    expect(documentProblem({ type: 'image/png', size: 20 * 1024 * 1024 })).toBeNull();
    expect(documentProblem({ type: 'application/zip', size: 10 })).toMatch(/PDF 或图片/);
    expect(documentProblem({ type: 'image/jpeg', size: 20 * 1024 * 1024 + 1 })).toMatch(/20 MB/);
  });

  it('says what the server said when it refuses, or what happened when it did not say', () => {
    expect(uploadRefusal(415, JSON.stringify({ error: { code: 'X', message: '不支持的文件类型' } }))).toBe(
      '不支持的文件类型',
    );
    expect(uploadRefusal(401, 'nope')).toMatch(/重新登录/);
    expect(uploadRefusal(502, '')).toBe('上传失败（502），请稍后再试');
  });
});
