import { categoriesOf, parseCatalogueFilters, serializeCatalogueFilters, toItemQuery } from './catalogue-query';

describe('catalogue list filters in the URL', () => {
  it('round-trips and drops unknown levels', () => {
    const f = parseCatalogueFilters(new URLSearchParams('q=%E5%85%BB%E8%80%81&level=VILLAGE&category=%E4%BA%BA%E7%A4%BE&all=1'));
    expect(f).toEqual({ q: '养老', level: 'VILLAGE', category: '人社', includeInactive: true });
    expect(parseCatalogueFilters(new URLSearchParams(serializeCatalogueFilters(f)))).toEqual(f);
    expect(parseCatalogueFilters(new URLSearchParams('level=CITY')).level).toBe('');
    expect(serializeCatalogueFilters({ q: ' ', level: '', category: '', includeInactive: false })).toBe('');
  });

  it('asks the API for items in effect unless inactive ones are wanted', () => {
    expect(toItemQuery({ q: '', level: '', category: '', includeInactive: false })).toEqual({ q: null, level: null, category: null, active: null });
    expect(toItemQuery({ q: '户口', level: 'COUNTY', category: '公安', includeInactive: true })).toEqual({ q: '户口', level: 'COUNTY', category: '公安', active: 'all' });
  });

  it('lists each category once', () => {
    expect(categoriesOf([{ category: '民政' }, { category: '人社' }, { category: '民政' }])).toEqual(['民政', '人社']);
  });
});
