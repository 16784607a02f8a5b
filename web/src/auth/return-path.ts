/** Where to go after logging in: the page the user came from (router state), never another origin or /login. */
export function returnPath(state: unknown): string {
  const from = (state as { from?: { pathname?: unknown; search?: unknown; hash?: unknown } } | null)?.from;
  const part = (v: unknown) => (typeof v === 'string' ? v : '');
  const path = `${part(from?.pathname)}${part(from?.search)}${part(from?.hash)}`;
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\') || /^\/login(?:[/?#]|$)/.test(path)) return '/';
  return path;
}
