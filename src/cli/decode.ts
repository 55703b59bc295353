/**
 * Decoding the bytes of a spreadsheet export. Excel on a Western European Windows saves "CSV" in
 * Windows-1252 and "CSV UTF-8" with a byte order mark. Other programs mostly write UTF-8 without one.
 */

import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

/**
 * Decodes `bytes`: a byte order mark decides when present, else valid UTF-8 is read as UTF-8, and
 * anything else as Windows-1252, which maps every byte to a character. `forced` skips detection.
 */
export function decodeText(bytes: Uint8Array, forced: Encoding | null = null): DecodedText {
  const encoding = forced ?? detectEncoding(bytes);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
  return { text, encoding };
}

/**
 * Returns how a forced encoding disagrees with the bytes, or null. It is `utf-8` when bytes outside
 * ASCII form valid UTF-8 but `forced` is Windows-1252, which turns "ë" into "Ã«". It is
 * `invalid-utf-8` when `forced` is UTF-8 but the bytes are not, which turns "ë" into "�".
 */
export function encodingMismatch(bytes: Uint8Array, forced: Encoding | null): 'utf-8' | 'invalid-utf-8' | null {
  if (forced !== 'windows-1252' && forced !== 'utf-8') return null;
  if (forced === 'windows-1252' && !bytes.some((byte) => byte >= 0x80)) return null;
  const validUtf8 = isValidUtf8(bytes);
  if (forced === 'windows-1252') return validUtf8 ? 'utf-8' : null;
  return validUtf8 ? null : 'invalid-utf-8';
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return 'utf-8';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return 'utf-16le';
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return 'utf-16be';
  }

  const utf16 = detectUtf16WithoutBom(bytes);
  if (utf16 !== null) {
    return utf16;
  }

  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/**
 * Recognises UTF-16 without a byte order mark by its zero bytes. In text of Latin letters and digits
 * every other byte is 0, at odd offsets in little-endian and at even ones in big-endian. A few zeros
 * at the other offsets are allowed for characters such as U+0100. In UTF-8 and Windows-1252 a zero
 * byte is the NUL character, which spreadsheet exports do not write.
 */
function detectUtf16WithoutBom(bytes: Uint8Array): Encoding | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) zerosAtEven++;
    if (bytes[index + 1] === 0) zerosAtOdd++;
  }

  const pairs = length / 2;
  if (pairs === 0) {
    return null;
  }
  if (zerosAtOdd > pairs / 2 && zerosAtEven <= pairs / 10) {
    return 'utf-16le';
  }
  if (zerosAtEven > pairs / 2 && zerosAtOdd <= pairs / 10) {
    return 'utf-16be';
  }
  return null;
}

/**
 * The encodings that `--codering` accepts, each with the other names it accepts for it. Latin-1 is
 * read as Windows-1252, as the WHATWG Encoding Standard and Node's `TextDecoder('latin1')` read it.
 * The two differ only in bytes 0x80 to 0x9F: control codes in Latin-1, characters such as € in
 * Windows-1252.
 */
export const ENCODING_NAMES: Record<Encoding, readonly string[]> = {
  'utf-8': ['utf8'],
  'utf-16le': [],
  'utf-16be': [],
  'windows-1252': ['cp1252', 'latin1', 'latin-1', 'iso-8859-1', 'ansi'],
};

/** Reads an `--codering` value, ignoring case; null for `auto`, undefined for an unknown name. */
export function parseEncodingOption(value: string): Encoding | null | undefined {
  const normalized = value.trim().toLowerCase();
  if (normalized === 'auto') {
    return null;
  }
  return (Object.keys(ENCODING_NAMES) as Encoding[]).find((encoding) => encoding === normalized || ENCODING_NAMES[encoding].includes(normalized));
}
