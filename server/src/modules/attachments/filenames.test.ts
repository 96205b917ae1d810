import { describe, expect, it } from 'vitest';
import { cleanFilename, contentDisposition, MAX_FILENAME } from './filenames';

describe('cleanFilename', () => {
  it('keeps the name as given, trimmed and without any path', () => {
    expect(cleanFilename('  党员服务岗 照片.png ', 'image/png')).toBe('党员服务岗 照片.png');
    expect(cleanFilename('C:\\Users\\张三\\Desktop\\报告.pdf', 'application/pdf')).toBe('报告.pdf');
    expect(cleanFilename('../../etc/passwd.png', 'image/png')).toBe('passwd.png');
    expect(cleanFilename('a\u0000b\r\nc.gif', 'image/gif')).toBe('abc.gif');
  });

  it('names a file without a usable name after its type', () => {
    expect(cleanFilename(undefined, 'image/jpeg')).toBe('附件.jpg');
    expect(cleanFilename('  ', 'application/pdf')).toBe('附件.pdf');
    expect(cleanFilename('dir/..', 'image/webp')).toBe('附件.webp');
  });

  it(`shortens names over ${MAX_FILENAME} characters, keeping the extension`, () => {
    const long = `${'材'.repeat(300)}.jpeg`;
    const kept = cleanFilename(long, 'image/jpeg');
    expect([...kept]).toHaveLength(MAX_FILENAME);
    expect(kept.endsWith('材.jpeg')).toBe(true);
    expect([...cleanFilename('x'.repeat(250), 'image/png')]).toHaveLength(MAX_FILENAME);
  });
});

describe('contentDisposition', () => {
  it('encodes any name as RFC 8187 UTF-8', () => {
    expect(contentDisposition('报告 (定稿).pdf')).toBe(
      "inline; filename*=UTF-8''%E6%8A%A5%E5%91%8A%20%28%E5%AE%9A%E7%A8%BF%29.pdf",
    );
    expect(contentDisposition('a"b;c\'.png')).toBe("inline; filename*=UTF-8''a%22b%3Bc%27.png");
  });
});
