// Access tokens whose HS256 signature was already checked, with their claims, until they expire.
// A workbench sends the same token with every request for its whole life (minutes): checking the
// HMAC and re-parsing it each time was measurable CPU per request (docs/benchmarks.md, 接口吞吐).
// Only the identical string hits; revocation is checked separately on every request.

export class VerifiedTokens<C extends { exp?: number }> {
  private readonly map = new Map<string, C>();

  constructor(private readonly max = 10_000, private readonly now: () => number = Date.now) {}

  get(token: string): C | undefined {
    const c = this.map.get(token);
    if (!c) return undefined;
    if (!c.exp || c.exp * 1000 <= this.now()) {
      this.map.delete(token);
      return undefined;
    }
    return c;
  }

  set(token: string, claims: C): void {
    if (!claims.exp) return; // never cache a token that does not expire
    if (this.map.size >= this.max) this.map.clear(); // crude but bounded; the next requests re-verify
    this.map.set(token, claims);
  }
}
