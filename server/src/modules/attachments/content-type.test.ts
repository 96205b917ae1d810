import { describe, expect, it } from 'vitest';
import { ELF, PDF, PE, PNG, TEXT } from './attachment-test-helpers';
import { sniffContentType } from './content-type';

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00', 'latin1');
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x1a, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(18),
]);
const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const HTML = Buffer.from('<!doctype html><html><body>hi</body></html>');

describe('sniffContentType', () => {
  it('recognises JPEG, PNG, GIF, WebP and PDF from their bytes', async () => {
    const found = await Promise.all([JPEG, PNG, GIF, WEBP, PDF].map((bytes) => sniffContentType(bytes)));
    expect(found).toEqual(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf']);
  });

  it('refuses executables, text, markup, archives and empty input', async () => {
    const found = await Promise.all([ELF, PE, TEXT, SVG, HTML, ZIP, Buffer.alloc(0)].map((b) => sniffContentType(b)));
    expect(found).toEqual([null, null, null, null, null, null, null]);
  });

  it('judges only the first bytes, so a PNG followed by anything is still a PNG', async () => {
    expect(await sniffContentType(Buffer.concat([PNG, Buffer.alloc(100_000, 0x41)]))).toBe('image/png');
    expect(await sniffContentType(Buffer.concat([Buffer.from('hello '), PNG]))).toBeNull();
  });
});
