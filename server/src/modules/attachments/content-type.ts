import { fileTypeFromBuffer } from 'file-type';

/** The types an upload may have: photos and PDF documents. */
export const ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf'] as const;
export type AllowedType = (typeof ALLOWED_TYPES)[number];

/** How many leading bytes the sniffer looks at (file-type's own sample size); a shorter file is sniffed whole. */
export const SNIFF_BYTES = 4100;

/** What file-type reports, mapped to the type we store (an animated PNG is still a PNG). */
const STORED_AS: Record<string, AllowedType> = {
  'image/jpeg': 'image/jpeg',
  'image/png': 'image/png',
  'image/apng': 'image/png',
  'image/gif': 'image/gif',
  'image/webp': 'image/webp',
  'application/pdf': 'application/pdf',
};

/**
 * The file's type judged from its first bytes (never from its name or the client's word), or null when it is
 * not one of ALLOWED_TYPES — an executable or a text file renamed `.png` is null.
 */
export async function sniffContentType(head: Uint8Array): Promise<AllowedType | null> {
  const found = await fileTypeFromBuffer(head.subarray(0, SNIFF_BYTES));
  return (found && STORED_AS[found.mime]) ?? null;
}

/** The usual extension of each type, for an upload that came without a usable name. */
export const EXTENSION: Record<AllowedType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};
