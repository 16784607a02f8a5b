import { deriveEvaluationToken, evaluationLink, evaluationTokenKey, hashEvaluationToken, TOKEN_SHAPE } from './evaluation-token';

describe('evaluation token derivation (DB1405 8.1.1 online channel)', () => {
  const key = evaluationTokenKey('a-secret-of-at-least-thirty-two-characters');

  it('is deterministic: the reply slip can be printed again with the same link', () => {
    expect(deriveEvaluationToken(key, 42, 1)).toBe(deriveEvaluationToken(key, 42, 1));
    expect(deriveEvaluationToken(key, 42)).toBe(deriveEvaluationToken(key, 42, 1));
  });

  it('differs by case, by occasion and by secret', () => {
    const t = deriveEvaluationToken(key, 42, 1);
    expect(deriveEvaluationToken(key, 43, 1)).not.toBe(t);
    expect(deriveEvaluationToken(key, 42, 2)).not.toBe(t);
    expect(deriveEvaluationToken(evaluationTokenKey('another-secret-of-at-least-32-characters'), 42, 1)).not.toBe(t);
  });

  it('is 22 URL-safe characters and is stored only as a 64-hex SHA-256', () => {
    const t = deriveEvaluationToken(key, 7);
    expect(t).toMatch(TOKEN_SHAPE);
    const h = hashEvaluationToken(t);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(h).not.toContain(t);
    expect(hashEvaluationToken(t)).toBe(h);
  });

  it('is the HMAC of eval:<case>:<occasion> under a sub-key, not the secret itself', () => {
    // pinned vector: a change of derivation would silently break every printed slip
    const k = evaluationTokenKey('integration-test-secret-0123456789abcdef');
    expect(deriveEvaluationToken(k, 1, 1)).toBe('orjAT0Iqg4XzZARtUv75rT');
    expect(k).not.toEqual(Buffer.from('integration-test-secret-0123456789abcdef'));
    expect(evaluationLink('abc')).toBe('/public/evaluate/abc');
  });
});
