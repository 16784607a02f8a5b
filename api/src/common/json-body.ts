import type { FastifyInstance } from 'fastify';

// JSON bodies nested deeper than any DTO of this API are refused (400) before Nest's pipes see
// them. Found by the API fuzz (issue 7): a 10 KB body of 5,000 nested arrays overflowed the stack
// in Nest's ValidationPipe (its recursive proto-key stripping), a 500 for anyone who sends one.
// The deepest DTO (a catalogue proposal: content → materials → item) is 3 levels below the body.

export const MAX_BODY_DEPTH = 32;

/** True when arrays/objects inside `value` nest more than `max` levels (the body itself is 1). Iterative: no recursion to overflow. */
export function nestedDeeperThan(value: unknown, max = MAX_BODY_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object' || Buffer.isBuffer(v)) continue;
    if (depth > max) return true;
    for (const child of Object.values(v)) if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** A parsed body too deep is refused as a malformed request (REQUEST.INVALID through the ErrorFilter). */
export function refuseDeepBodies(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request) => {
    if (nestedDeeperThan(request.body)) {
      throw Object.assign(new Error(`request body nested deeper than ${MAX_BODY_DEPTH} levels`), { statusCode: 400 });
    }
  });
}
