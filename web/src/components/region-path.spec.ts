import type { Region } from '../api/types';
import { childLevel, descendantPrefix, isSelfOrAncestor, pickOnPath } from './region-path';

const county = (code: string, name: string): Region => ({ code, name, level: 'COUNTY', parentCode: '140500' });
const township = (code: string, name: string): Region => ({ code, name, level: 'TOWNSHIP', parentCode: '140522' });

const counties = [
  county('140502', '城区'),
  county('140521', '沁水县'),
  county('140522', '阳城县'),
  county('140581', '高平市'),
];
const townships = [township('140522100', '凤城镇'), township('140522101', '北留镇'), township('140522200', '町店镇')];

describe('descendantPrefix', () => {
  it('strips the 00 padding of six-digit province and city codes only', () => {
    expect(descendantPrefix('140500')).toBe('1405');
    expect(descendantPrefix('140000')).toBe('14');
    expect(descendantPrefix('140522')).toBe('140522');
    expect(descendantPrefix('140522100')).toBe('140522100');
  });
});

describe('isSelfOrAncestor', () => {
  it('follows the code hierarchy', () => {
    expect(isSelfOrAncestor('140500', '140522')).toBe(true);
    expect(isSelfOrAncestor('140522', '140522100201')).toBe(true);
    expect(isSelfOrAncestor('140522100', '140522100201')).toBe(true);
    expect(isSelfOrAncestor('140522', '140522')).toBe(true);
    expect(isSelfOrAncestor('140521', '140522')).toBe(false);
    expect(isSelfOrAncestor('140522100', '140522101200')).toBe(false);
    expect(isSelfOrAncestor('140522100201', '140522')).toBe(false);
  });
});

describe('pickOnPath', () => {
  it('finds the region itself', () => {
    expect(pickOnPath(counties, '140522')?.name).toBe('阳城县');
  });

  it('finds the ancestor on the way to a deeper region', () => {
    expect(pickOnPath(counties, '140522101203')?.name).toBe('阳城县');
    expect(pickOnPath(townships, '140522101203')?.name).toBe('北留镇');
    expect(pickOnPath(townships, '140522200001')?.name).toBe('町店镇');
  });

  it('finds nothing for regions elsewhere or without a target', () => {
    expect(pickOnPath(counties, '140625')).toBeNull();
    expect(pickOnPath(townships, '140522')).toBeNull();
    expect(pickOnPath(counties, null)).toBeNull();
  });
});

describe('childLevel', () => {
  it('walks CITY → COUNTY → TOWNSHIP → VILLAGE', () => {
    expect(childLevel('CITY')).toBe('COUNTY');
    expect(childLevel('COUNTY')).toBe('TOWNSHIP');
    expect(childLevel('TOWNSHIP')).toBe('VILLAGE');
    expect(childLevel('VILLAGE')).toBeNull();
    expect(childLevel('UNKNOWN')).toBeNull();
  });
});
