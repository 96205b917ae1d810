import { inflateSync } from 'node:zlib';
import { crc32, PNG_SIGNATURE } from './png';

export interface PngInfo {
  chunkTypes: string[];
  /** Every chunk's CRC matched its type and data. */
  crcOk: boolean;
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  /** The inflated IDAT stream: one filter byte and width × 3 bytes per row. */
  raw: Buffer;
}

/** Reads a PNG's chunks back, checking the signature and every CRC, and inflates its image data. */
export function inspectPng(bytes: Buffer): PngInfo {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new Error('not a PNG: bad signature');
  }
  const chunkTypes: string[] = [];
  const idat: Buffer[] = [];
  let crcOk = true;
  let ihdr: Buffer = Buffer.alloc(13);
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    crcOk &&= crc32(bytes.subarray(at + 4, at + 8 + length)) === bytes.readUInt32BE(at + 8 + length);
    chunkTypes.push(type);
    if (type === 'IHDR') {
      ihdr = data;
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    at += 12 + length;
  }
  return {
    chunkTypes,
    crcOk,
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr[8],
    colourType: ihdr[9],
    raw: inflateSync(Buffer.concat(idat)),
  };
}
