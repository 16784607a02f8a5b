import {
  FACILITIES, FACILITY_KEYS, facilityLabel, isFacilityKey, missingFacilities, normaliseFacilities, normaliseZones,
  ZONES, zoneFromText, zoneLabel,
} from './facilities';

describe('DB1405 5.1.5 facilities checklist', () => {
  it('has the eleven items of the clause, service facilities then office equipment', () => {
    expect(FACILITIES.map((f) => f.label)).toEqual([
      '等候座椅', '自助服务终端', '饮水机', '无线WiFi', '急救箱', '老花镜', '雨伞', '充电器', '电话', '电脑', '打印机',
    ]);
    expect(FACILITY_KEYS).toEqual([
      'SEATS', 'SELF_SERVICE_TERMINAL', 'DRINKING_WATER', 'WIFI', 'FIRST_AID_KIT', 'READING_GLASSES', 'UMBRELLAS',
      'CHARGERS', 'PHONE', 'COMPUTER', 'PRINTER',
    ]);
    expect(facilityLabel('READING_GLASSES')).toBe('老花镜');
    expect(facilityLabel('UNKNOWN')).toBe('UNKNOWN');
    expect(isFacilityKey('WIFI')).toBe(true);
    expect(isFacilityKey('无线WiFi')).toBe(false);
  });

  it('DB1405 5.1.5: missingFacilities lists what a station lacks, in checklist order', () => {
    expect(missingFacilities({ facilities: FACILITY_KEYS })).toEqual([]);
    expect(missingFacilities({ facilities: [] })).toEqual(FACILITY_KEYS);
    const lacking = FACILITY_KEYS.filter((k) => !['FIRST_AID_KIT', 'SELF_SERVICE_TERMINAL', 'READING_GLASSES'].includes(k));
    expect(missingFacilities({ facilities: [...lacking].reverse() })).toEqual(['SELF_SERVICE_TERMINAL', 'FIRST_AID_KIT', 'READING_GLASSES']);
    // a stored key the checklist does not know does not make anything "present"
    expect(missingFacilities({ facilities: ['SEATS', 'HELIPAD'] })).toHaveLength(10);
  });

  it('stores facilities and zones de-duplicated, known only, in checklist order', () => {
    expect(normaliseFacilities(['PRINTER', 'SEATS', 'SEATS', 'HELIPAD'])).toEqual(['SEATS', 'PRINTER']);
    expect(normaliseZones(['WAITING', 'OFFICE', 'OFFICE', 'GARDEN'])).toEqual(['OFFICE', 'WAITING']);
  });
});

describe('DB1405 5.1.3 functional zones', () => {
  it('labels the four zones of the clause', () => {
    expect(ZONES.map((z) => z.label)).toEqual(['日常办公区', '填单区', '办事等候区', '自助服务区']);
    expect(zoneLabel('SELF_SERVICE')).toBe('自助服务区');
  });

  it('reads a zone from its label, a short form or its key', () => {
    expect(zoneFromText('办事等候区')).toBe('WAITING');
    expect(zoneFromText(' 等候区 ')).toBe('WAITING');
    expect(zoneFromText('OFFICE')).toBe('OFFICE');
    expect(zoneFromText('休息区')).toBeNull();
  });
});
