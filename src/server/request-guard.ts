import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

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
    if (!this.hosts.has(req.headers.host ?? '')) return { status: 403, reason: 'unexpected Host header' };
    const origin = req.headers.origin;
    if (origin !== undefined && !this.origins.has(origin)) return { status: 403, reason: 'foreign Origin' };
    return null;
  }

  hasToken(candidate: string | null | undefined): boolean {
    if (!candidate) return false;
    const a = Buffer.from(candidate);
    const b = Buffer.from(this.token);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
