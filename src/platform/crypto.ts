/**
 * Hashes and random names, with node:crypto loaded on first use: loading it costs every command some
 * milliseconds at start-up (it brings OpenSSL's bindings), and most commands never hash anything.
 */
import type { BinaryLike } from 'node:crypto';

const crypto = () => process.getBuiltinModule('node:crypto');

/** The SHA-256 of some bytes, in hex. */
export const sha256Hex = (data: BinaryLike) => crypto().createHash('sha256').update(data).digest('hex');

/** `bytes` random bytes, in hex. */
export const randomHex = (bytes: number) => crypto().randomBytes(bytes).toString('hex');
