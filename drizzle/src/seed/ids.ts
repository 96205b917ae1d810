import { createHash } from 'node:crypto';

/** A stable UUID derived from a key, so the demo seed makes the same ids on every fresh start. */
export function seedId(key: string): string {
  const h = createHash('sha1').update(`flagship-demo:${key}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A stable number in [0, 1) derived from a key: the seed's only source of "randomness". */
export function seedFraction(key: string): number {
  const h = createHash('sha1').update(`flagship-demo-fraction:${key}`).digest();
  return h.readUInt32BE(0) / 0x1_0000_0000;
}
