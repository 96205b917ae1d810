import { EXTENSION, type AllowedType } from './content-type';

export const MAX_FILENAME = 200;

/**
 * The name to keep for an upload: the client's name without any path, control characters or surrounding
 * spaces, at most MAX_FILENAME characters (the extension is kept when shortening); `附件.<ext>` if nothing is left.
 */
export function cleanFilename(raw: string | undefined, type: AllowedType): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const name = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!name || name === '.' || name === '..') {
    return `附件.${EXTENSION[type]}`;
  }
  const chars = [...name];
  if (chars.length <= MAX_FILENAME) {
    return name;
  }
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? [...name.slice(dot)] : [];
  if (ext.length === 0 || ext.length > 10) {
    return chars.slice(0, MAX_FILENAME).join('');
  }
  return chars.slice(0, MAX_FILENAME - ext.length).join('') + ext.join('');
}

/** `inline; filename*=UTF-8''…` (RFC 6266 / RFC 8187), safe for any name, Chinese included. */
export function contentDisposition(filename: string): string {
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename*=UTF-8''${encoded}`;
}
