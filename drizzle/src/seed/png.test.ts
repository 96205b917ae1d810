import { describe, expect, it } from 'vitest';
import { crc32, encodePng, PNG_SIGNATURE } from './png';
import { inspectPng } from './png-test-helpers';
import { COVER_NAMES, PHOTO_HEIGHT, PHOTO_NAMES, PHOTO_WIDTH, photo } from './photos';

describe('the PNG encoder', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
  });

  it('writes signature, IHDR, IDAT and IEND with correct CRCs, and the pixels decode back', () => {
    const width = 5;
    const height = 3;
    const rgb = Uint8Array.from({ length: width * height * 3 }, (_, i) => (i * 37) % 256);
    const png = encodePng(width, height, rgb);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect(png.subarray(-12).equals(Buffer.from('0000000049454e44ae426082', 'hex'))).toBe(true);
    const info = inspectPng(png);
    expect(info.chunkTypes).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(info.crcOk).toBe(true);
    expect([info.width, info.height, info.bitDepth, info.colourType]).toEqual([width, height, 8, 2]);
    expect(info.raw.length).toBe(height * (1 + width * 3));
    for (let y = 0; y < height; y += 1) {
      const row = info.raw.subarray(y * (1 + width * 3), (y + 1) * (1 + width * 3));
      expect(row[0]).toBe(0);
      expect([...row.subarray(1)]).toEqual([...rgb.subarray(y * width * 3, (y + 1) * width * 3)]);
    }
  });

  it('refuses pixel data of the wrong size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(11))).toThrow(/expected 12 bytes/);
  });

  it('draws every demo photo and case cover as a decodable 320×200 PNG, each different', () => {
    expect(PHOTO_NAMES.length).toBeGreaterThanOrEqual(6);
    expect(PHOTO_NAMES.length).toBeLessThanOrEqual(10);
    expect(COVER_NAMES.length).toBeGreaterThanOrEqual(4);
    expect(COVER_NAMES.length).toBeLessThanOrEqual(6);
    const names = [...PHOTO_NAMES, ...COVER_NAMES];
    expect(new Set(names).size).toBe(names.length);
    const hashes = new Set<string>();
    for (const name of names) {
      const p = photo(name);
      const info = inspectPng(p.data);
      expect(info.crcOk).toBe(true);
      expect([info.width, info.height]).toEqual([PHOTO_WIDTH, PHOTO_HEIGHT]);
      expect(info.raw.length).toBe(PHOTO_HEIGHT * (1 + PHOTO_WIDTH * 3));
      expect(name).toMatch(/^[\u4e00-\u9fa5]+\.png$/);
      hashes.add(p.sha256);
    }
    expect(hashes.size).toBe(names.length);
  });
});
