// The static part of the demo Jincheng: region tree, one station per village (DB1405 5.1),
// 1-3 agents per station (5.2), the catalogue (7.1), and the weights that make some stations
// busy and some items popular. Pure: the same seed always gives the same world.
import { CATALOGUE, ItemDef } from './catalogue.data';
import { DEMO_COUNTY_CODE, DEMO_TOWNSHIP_NAME } from './demo-users';
import { chineseName, mobilePhone } from './people';
import { hash32, Rng, weightedPicker, zipfWeights } from './random';
import { CITY, COUNTIES, townshipCodes } from './regions.data';
import { OPENING_HOURS, SKILLS } from './texts';
import { villageNames } from './villages';

export type RegionLevel = 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  path: string;
}

export interface StationInfo {
  id: number;
  regionCode: string;
  name: string;
  address: string;
  openingHours: string;
  countyCode: string;
  townshipCode: string;
  agentIds: number[];
}

export interface AgentInfo {
  id: number;
  stationId: number;
  name: string;
  category: string;
  phone: string;
  skills: string[];
}

export interface ItemInfo extends ItemDef {
  id: number;
}

export interface World {
  regions: RegionRow[];
  stations: StationInfo[];
  agents: AgentInfo[];
  items: ItemInfo[];
  /** Relative case volume of each station (index = station id - 1). */
  stationWeights: number[];
  /** Item popularity per month: itemWeightsByMonth[month-1][item id - 1]. */
  itemWeightsByMonth: number[][];
  demo: { countyCode: string; townshipCode: string; villageCode: string; stationId: number; agentId: number; agentName: string };
}

// DB1405 5.2.1: agents are mostly Party members and village cadres.
const pickCategory = weightedPicker<string>([
  ['PARTY_MEMBER', 40],
  ['VILLAGE_CADRE', 30],
  ['GRID_LEADER', 8],
  ['VILLAGER_GROUP_LEADER', 5],
  ['PARTY_GROUP_LEADER', 5],
  ['TOWNSHIP_STAFF', 4],
  ['PARTY_ACTIVIST', 4],
  ['GRADUATE_VILLAGE_OFFICIAL', 3],
  ['OTHER', 1],
]);
const pickAgentCount = weightedPicker<number>([[1, 30], [2, 45], [3, 25]]);

function buildRegions(rng: Rng, world: World): void {
  const cityPath = `/${CITY.code}/`;
  world.regions.push({ code: CITY.code, name: CITY.name, level: 'CITY', parentCode: null, path: cityPath });
  const townships: RegionRow[] = [];
  const villages: RegionRow[] = [];
  for (const county of COUNTIES) {
    const countyPath = `${cityPath}${county.code}/`;
    world.regions.push({ code: county.code, name: county.name, level: 'COUNTY', parentCode: CITY.code, path: countyPath });
    const codes = townshipCodes(county);
    county.townships.forEach((tw, i) => {
      const tPath = `${countyPath}${codes[i]}/`;
      townships.push({ code: codes[i], name: tw.name, level: 'TOWNSHIP', parentCode: county.code, path: tPath });
      villageNames(tw.name, tw.villages, rng).forEach((vName, k) => {
        const code = `${codes[i]}${200 + k}`;
        villages.push({ code, name: vName, level: 'VILLAGE', parentCode: codes[i], path: `${tPath}${code}/` });
        const stationId = world.stations.length + 1;
        world.stations.push({
          id: stationId,
          regionCode: code,
          // DB1405 5.1.1: "XX村便民服务站"
          name: `${vName}便民服务站`,
          address: `${CITY.name}${county.name}${tw.name}${vName}`,
          openingHours: rng.pick(OPENING_HOURS),
          countyCode: county.code,
          townshipCode: codes[i],
          agentIds: [],
        });
        const seat = tw.name === county.seat;
        world.stationWeights.push(Math.exp(0.9 * rng.normal()) * (seat ? 1.5 : 1) * (k === 0 ? 1.3 : 1));
      });
    });
  }
  world.regions.push(...townships, ...villages);
}

function buildAgents(rng: Rng, world: World): void {
  for (const st of world.stations) {
    const n = pickAgentCount(rng);
    for (let i = 0; i < n; i++) {
      const id = world.agents.length + 1;
      const skills = rng.shuffle(SKILLS).slice(0, rng.int(1, 3));
      world.agents.push({
        id,
        stationId: st.id,
        name: chineseName(rng, rng.chance(0.55) ? 'M' : 'F'),
        // the first agent of a station is its Party member or village cadre on duty
        category: i === 0 ? (rng.chance(0.55) ? 'PARTY_MEMBER' : 'VILLAGE_CADRE') : pickCategory(rng),
        phone: mobilePhone(rng),
        skills,
      });
      st.agentIds.push(id);
    }
  }
}

function buildItemWeights(rng: Rng, world: World): void {
  // Zipf (s = 1.1) over a seeded permutation; village-level items tend to rank higher because
  // they are the everyday matters (payments, certifications, certificates).
  const order = world.items
    .map((it, i) => [rng.next() * (it.level === 'VILLAGE' ? 0.45 : 1), i] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const zipf = zipfWeights(world.items.length, 1.1);
  const base = new Array<number>(world.items.length);
  order.forEach(([, i], rank) => (base[i] = zipf[rank]));
  for (let m = 1; m <= 12; m++) {
    world.itemWeightsByMonth.push(world.items.map((it, i) => base[i] * (it.peaks?.[m] ?? 1)));
  }
}

export function buildWorld(seed: number): World {
  const rng = new Rng(hash32(seed, 0x0b1d));
  const world: World = {
    regions: [],
    stations: [],
    agents: [],
    items: CATALOGUE.map((it, i) => ({ ...it, id: i + 1 })),
    stationWeights: [],
    itemWeightsByMonth: [],
    demo: { countyCode: DEMO_COUNTY_CODE, townshipCode: '', villageCode: '', stationId: 0, agentId: 0, agentName: '' },
  };
  buildRegions(rng, world);
  buildAgents(rng, world);
  buildItemWeights(rng, world);

  const township = world.regions.find((r) => r.level === 'TOWNSHIP' && r.parentCode === DEMO_COUNTY_CODE && r.name === DEMO_TOWNSHIP_NAME);
  if (!township) throw new Error(`demo township ${DEMO_TOWNSHIP_NAME} missing`);
  // the demo agent works at the seat village of 凤城镇, one of the busiest stations (≈0.5 % of all
  // cases) so that its workbench has content even in a small demo
  const station = world.stations.find((s) => s.townshipCode === township.code)!;
  world.stationWeights[station.id - 1] = Math.max(world.stationWeights[station.id - 1], 15);
  const agent = world.agents[station.agentIds[0] - 1];
  world.demo = {
    countyCode: DEMO_COUNTY_CODE,
    townshipCode: township.code,
    villageCode: station.regionCode,
    stationId: station.id,
    agentId: agent.id,
    agentName: agent.name,
  };
  return world;
}
