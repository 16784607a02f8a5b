import { checkItemContent } from '../../api/src/catalogue/content';
import { CATALOGUE } from './catalogue.data';
import { initialContent } from './catalogue-versions';
import { buildWorld } from './world';

describe('seeded catalogue versions (DB1405 7.1.3, 4.4)', () => {
  const items = buildWorld(20241).items;

  it('gives every item 3-6 short procedure steps (DB1405 4.4, 5.1.4)', () => {
    for (const it of CATALOGUE) {
      expect(it.procedure.length).toBeGreaterThanOrEqual(3);
      expect(it.procedure.length).toBeLessThanOrEqual(6);
      for (const step of it.procedure) expect(step).toMatch(/^[\u4e00-\u9fa5、，（）]{2,20}$/);
    }
    // county items follow the cross-level path of 7.2.3 unless they have a path of their own
    const county = CATALOGUE.find((i) => i.code === 'JC-YB-004')!;
    expect(county.procedure).toContain('县级部门审核、签章、出证');
  });

  it('writes content the API itself would accept, with its code, materials and procedure', () => {
    for (const it of items) {
      const content = initialContent(it);
      const { code, ...proposed } = content;
      expect(code).toBe(it.code);
      const check = checkItemContent(proposed);
      expect(check).toEqual({ ok: true, content: proposed });
      expect(content.materials).toHaveLength(it.materials.length);
    }
  });

  it('is deterministic', () => {
    expect(buildWorld(1).items.map(initialContent)).toEqual(items.map(initialContent));
  });
});
