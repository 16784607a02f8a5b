// The registers' detail of the demo data (DB1405 5.1, 5.2.4): each station's functional zones,
// facilities and location, and the training records of agents. Written inside the seed's
// transaction, after the stations and agents exist. Pure apart from `seedRegisters`: the same
// (world, seed, today) always gives the same rows, drawn from their own random stream so the
// rest of the demo data does not change.
import type { PoolClient } from 'pg';
import { dayNumberToIso, isoToDayNumber } from '../../api/src/calendar/working-days';
import { FACILITY_KEYS, type FacilityKey, type ZoneKey } from '../../api/src/stations/facilities';
import { copyChunks } from './copy-loader';
import { hash32, Rng, weightedPicker } from './random';
import { copyText, RowBuffer } from './row-buffer';
import type { World } from './world';

/** Rough extent of each county-level unit (GB/T 2260 code → [latMin, latMax, lngMin, lngMax]). */
export const COUNTY_BOXES: Record<string, readonly [number, number, number, number]> = {
  '140502': [35.47, 35.55, 112.8, 112.9], // 城区
  '140521': [35.45, 35.95, 112.0, 112.55], // 沁水县
  '140522': [35.25, 35.65, 112.15, 112.7], // 阳城县
  '140524': [35.55, 35.95, 113.05, 113.55], // 陵川县
  '140525': [35.22, 35.7, 112.55, 113.15], // 泽州县
  '140581': [35.68, 35.98, 112.75, 113.1], // 高平市
};

// DB1405 5.1.5: what small village stations most often go without.
const pickMissing = weightedPicker<FacilityKey>([
  ['SELF_SERVICE_TERMINAL', 30],
  ['READING_GLASSES', 18],
  ['FIRST_AID_KIT', 14],
  ['UMBRELLAS', 12],
  ['CHARGERS', 10],
  ['PRINTER', 6],
  ['WIFI', 5],
  ['DRINKING_WATER', 3],
  ['COMPUTER', 1],
  ['SEATS', 1],
]);
const pickMissingCount = weightedPicker<number>([[1, 55], [2, 30], [3, 15]]);
/** Share of stations that lack at least one item of the checklist. */
export const SHARE_INCOMPLETE = 0.35;

/** DB1405 5.2.4: courses the county and township departments run, with who runs them. */
export const COURSES: ReadonlyArray<readonly [course: string, provider: string]> = [
  ['政务服务事项代办业务培训', '县行政审批服务管理局'],
  ['医保政策解读', '县医疗保障局'],
  ['社保卡业务培训', '县人力资源和社会保障局'],
  ['服务礼仪与沟通技巧', '县行政审批服务管理局'],
  ['政务服务网及手机APP操作培训', '市行政审批服务管理局'],
  ['高拍仪与审批系统操作培训', '县行政审批服务管理局'],
  ['城乡居民养老保险政策培训', '县人力资源和社会保障局'],
  ['不动产登记业务培训', '县自然资源局'],
  ['惠农补贴政策解读', '县农业农村局'],
  ['红色代办员岗前培训', '乡镇便民服务中心'],
];
const pickTrainingCount = weightedPicker<number>([[0, 15], [1, 25], [2, 30], [3, 20], [4, 10]]);
const HOURS = [2, 3, 4, 4, 6, 8, 8, 12, 16] as const;

export interface StationDetail {
  id: number;
  zones: ZoneKey[];
  facilities: FacilityKey[];
  latitude: number;
  longitude: number;
}

export interface TrainingRow {
  agentId: number;
  course: string;
  provider: string;
  date: string;
  hours: number;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function stationDetail(rng: Rng, id: number, countyCode: string, townshipCenter: readonly [number, number]): StationDetail {
  // DB1405 5.1.3: office, form-filling and waiting areas almost everywhere; self-service less often
  const zones: ZoneKey[] = [];
  if (rng.chance(0.97)) zones.push('OFFICE');
  if (rng.chance(0.9)) zones.push('FORM_FILLING');
  if (rng.chance(0.92)) zones.push('WAITING');
  if (rng.chance(0.4)) zones.push('SELF_SERVICE');
  const missing = new Set<FacilityKey>();
  if (rng.chance(SHARE_INCOMPLETE)) {
    const n = pickMissingCount(rng);
    while (missing.size < n) missing.add(pickMissing(rng));
  }
  const box = COUNTY_BOXES[countyCode];
  const latitude = round6(clamp(townshipCenter[0] + (rng.next() - 0.5) * 0.06, box[0], box[1]));
  const longitude = round6(clamp(townshipCenter[1] + (rng.next() - 0.5) * 0.06, box[2], box[3]));
  return { id, zones, facilities: FACILITY_KEYS.filter((k) => !missing.has(k)), latitude, longitude };
}

/** Zones, facilities and coordinates of every station, and 0-4 trainings of every agent in the two years before `today`. */
export function buildRegisters(world: World, opts: { seed: number; today: string }): { stations: StationDetail[]; trainings: TrainingRow[] } {
  const rng = new Rng(hash32(opts.seed, 0x5e95));
  const centers = new Map<string, readonly [number, number]>();
  const stations = world.stations.map((s) => {
    let center = centers.get(s.townshipCode);
    if (!center) {
      const box = COUNTY_BOXES[s.countyCode];
      if (!box) throw new Error(`no map box for county ${s.countyCode}`);
      // keep township centres off the very edge so their villages spread on both sides
      center = [box[0] + (0.1 + 0.8 * rng.next()) * (box[1] - box[0]), box[2] + (0.1 + 0.8 * rng.next()) * (box[3] - box[2])];
      centers.set(s.townshipCode, center);
    }
    return stationDetail(rng, s.id, s.countyCode, center);
  });

  const last = isoToDayNumber(opts.today) - 1;
  const first = last - 729;
  const trainings: TrainingRow[] = [];
  for (const a of world.agents) {
    const n = pickTrainingCount(rng);
    const days = Array.from({ length: n }, () => {
      let d = rng.int(first, last);
      const weekday = (((d + 4) % 7) + 7) % 7; // 0 = Sunday (1970-01-01 was a Thursday)
      if (weekday === 6) d -= 1; // trainings are on working days
      if (weekday === 0) d = d + 1 <= last ? d + 1 : d - 2;
      return d;
    }).sort((x, y) => x - y);
    for (const d of days) {
      const [course, provider] = rng.pick(COURSES);
      trainings.push({ agentId: a.id, course, provider, date: dayNumberToIso(d), hours: rng.pick(HOURS) });
    }
  }
  return { stations, trainings };
}

/** Writes the registers' detail on the seed's transaction (one UPDATE, one COPY). */
export async function seedRegisters(client: PoolClient, world: World, opts: { seed: number; today: string; createdAt: string }): Promise<void> {
  const { stations, trainings } = buildRegisters(world, opts);
  await client.query(
    `UPDATE stations s SET zones = string_to_array(v.zones, ','), facilities = string_to_array(v.facilities, ','),
       latitude = v.lat, longitude = v.lng
     FROM unnest($1::int[], $2::text[], $3::text[], $4::numeric[], $5::numeric[]) AS v(id, zones, facilities, lat, lng)
     WHERE s.id = v.id`,
    [
      stations.map((s) => s.id), stations.map((s) => s.zones.join(',')), stations.map((s) => s.facilities.join(',')),
      stations.map((s) => s.latitude), stations.map((s) => s.longitude),
    ],
  );
  const rows = new RowBuffer();
  for (const t of trainings) rows.push(`${t.agentId}\t${copyText(t.course)}\t${copyText(t.provider)}\t${t.date}\t${t.hours}\t${opts.createdAt}\n`);
  // ids come from the table's sequence, so nothing needs re-syncing afterwards
  await copyChunks(client, 'agent_trainings', ['agent_id', 'course', 'provider', 'date', 'hours', 'created_at'], rows.take());
}
