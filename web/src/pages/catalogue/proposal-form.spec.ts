import type { CatalogueItemDetail } from '../../api/types';
import { canDecide, canPropose, decisionsFor, emptyForm, emptyMaterial, formErrors, formFromItem, toRequest } from './proposal-form';

const item: CatalogueItemDetail = {
  id: 4, code: 'JC-MZ-004', name: '高龄补贴申领', category: '民政', source: 'VILLAGE_GUIDE', level: 'TOWNSHIP', department: '县民政局',
  timeLimitDays: 10, statutoryFee: 0, materialCount: 1, version: 1, active: true, legalBasis: '《中华人民共和国老年人权益保障法》',
  procedure: ['提交申请材料', '乡镇审核办结'], materials: [{ name: '身份证', form: 'ORIGINAL_AND_COPY', copies: 1, howToGet: '本人携带' }], pending: [],
};

describe('catalogue proposal form (DB1405 7.1.3)', () => {
  it('starts from the current content and sends the whole item back', () => {
    const f = { ...formFromItem(item, 'UPDATE', '缩短时限'), timeLimitDays: '5' };
    f.materials = [...f.materials, { name: '委托书', form: 'ORIGINAL', copies: '1', howToGet: '现场签署' }];
    expect(formErrors(f)).toEqual({});
    expect(toRequest(f)).toEqual({
      changeType: 'UPDATE', itemId: 4, reason: '缩短时限',
      content: {
        name: '高龄补贴申领', category: '民政', source: 'VILLAGE_GUIDE', level: 'TOWNSHIP', department: '县民政局',
        legalBasis: '《中华人民共和国老年人权益保障法》', timeLimitDays: 5, statutoryFee: 0, procedure: ['提交申请材料', '乡镇审核办结'],
        materials: [
          { name: '身份证', form: 'ORIGINAL_AND_COPY', copies: 1, howToGet: '本人携带' },
          { name: '委托书', form: 'ORIGINAL', copies: 1, howToGet: '现场签署' },
        ],
      },
    });
  });

  it('marks every problem of an empty new item', () => {
    const e = formErrors({ ...emptyForm('ADD'), materials: [emptyMaterial(), emptyMaterial()] });
    expect(Object.keys(e).sort()).toEqual([
      'category', 'department', 'legalBasis', 'materials.0.howToGet', 'materials.0.name', 'materials.1.howToGet', 'materials.1.name',
      'name', 'procedure', 'reason', 'timeLimitDays',
    ]);
  });

  it('checks limits: 1-60 working days, copies ≥ 1, no duplicate materials, no proxy fee (DB1405 4.5)', () => {
    const f = formFromItem(item, 'UPDATE', '理由充分');
    expect(formErrors({ ...f, timeLimitDays: '61' })).toHaveProperty('timeLimitDays');
    expect(formErrors({ ...f, statutoryFee: '-1' })).toHaveProperty('statutoryFee');
    expect(formErrors({ ...f, materials: [{ ...f.materials[0], copies: '0' }] })).toHaveProperty(['materials.0.copies']);
    expect(formErrors({ ...f, materials: [f.materials[0], f.materials[0]] })).toHaveProperty(['materials.1.name']);
    expect(formErrors({ ...f, procedure: '提交材料\n缴纳代办费' })).toHaveProperty('proxyFee');
  });

  it('sends no content to retire an item, and no item to add one', () => {
    expect(toRequest({ ...formFromItem(item, 'RETIRE', '并入其他事项') })).toEqual({ changeType: 'RETIRE', itemId: 4, reason: '并入其他事项' });
    expect(formErrors({ ...emptyForm('RETIRE'), reason: '并入' })).toEqual({ itemId: '请选择要调整的事项' });
    const add = toRequest({ ...formFromItem(item, 'ADD', '新增需求'), itemId: 4, effectiveFrom: '2026-12-01' });
    expect(add).not.toHaveProperty('itemId');
    expect(add.effectiveFrom).toBe('2026-12-01');
  });

  it('shows decisions by role: leaders and admin decide others\u2019 proposals and publish approved ones', () => {
    expect(['ADMIN', 'CITY_LEADER', 'COUNTY_LEADER', 'TOWNSHIP_REVIEWER', 'STATION_AGENT'].map((r) => [canPropose(r), canDecide(r)])).toEqual([
      [true, true], [true, true], [true, false], [false, false], [false, false],
    ]);
    expect(decisionsFor({ status: 'PROPOSED', mine: false }, 'CITY_LEADER')).toEqual(['approve', 'reject']);
    expect(decisionsFor({ status: 'PROPOSED', mine: true }, 'ADMIN')).toEqual([]);
    expect(decisionsFor({ status: 'APPROVED', mine: true }, 'ADMIN')).toEqual(['publish']);
    expect(decisionsFor({ status: 'PROPOSED', mine: false }, 'COUNTY_LEADER')).toEqual([]);
    expect(decisionsFor({ status: 'PUBLISHED', mine: false }, 'ADMIN')).toEqual([]);
    expect(decisionsFor({ status: 'REJECTED', mine: false }, 'ADMIN')).toEqual([]);
  });
});
