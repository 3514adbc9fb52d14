import { createHash } from 'node:crypto';

/** The SHA-256 of `data` (a string as UTF-8), in hex: how a file's bytes or a cache key's settings are named. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
