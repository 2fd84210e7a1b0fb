import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** 127.0.0.0/8 and ::1, as IPv4, IPv4-mapped IPv6 or IPv6. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4) || address === '::1';
}

/**
 * Browser mode listens on loopback only, and still refuses any request that does not name our own host
 * (DNS rebinding) or comes from another site's page (a foreign Origin), and any API call without the token.
 */
export class RequestGuard {
  private readonly hosts: Set<string>;
  private readonly origins: Set<string>;

  constructor(
    port: number,
    private readonly token: string,
  ) {
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    this.origins = new Set([...this.hosts].map((h) => `http://${h}`));
  }

  /** null when the request may proceed; otherwise the status and reason to refuse it with. */
  checkSite(req: IncomingMessage): { status: number; reason: string } | null {
    // The socket is bound to 127.0.0.1, so this holds unless that changes; checked anyway, since a
    // listener on all interfaces would otherwise serve the lab to the whole network.
    if (!isLoopback(req.socket.remoteAddress)) return { status: 403, reason: 'only this computer may connect' };
    if (!this.hosts.has(req.headers.host ?? '')) return { status: 403, reason: 'unexpected Host header' };
    const origin = req.headers.origin;
    if (origin !== undefined && !this.origins.has(origin)) return { status: 403, reason: 'foreign Origin' };
    return null;
  }

  /** Compares digests, which are always the same length, so neither the time taken nor an early exit tells how much matched. */
  hasToken(candidate: string | null | undefined): boolean {
    if (!candidate) return false;
    const digest = (s: string) => createHash('sha256').update(s).digest();
    return timingSafeEqual(digest(candidate), digest(this.token));
  }
}
