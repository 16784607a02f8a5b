import { Session } from 'chdb';

// ClickHouse unavailable, for the fault drill: this process takes the ETL's chDB folder and holds
// it for a while. chDB allows one process per folder, so meanwhile every ETL run fails to open
// ClickHouse ("Cannot lock file … status"), as runs fail against a ClickHouse server that is down,
// and the ETL must keep its checkpoints and catch up afterwards.
// Usage: node hold-chdb.js <chdb folder> <hold ms> [<max wait ms>]. The ETL holds the folder only
// during a run, so this retries until a gap between runs lets it in.

async function main(): Promise<void> {
  const [folder, holdRaw, waitRaw] = process.argv.slice(2);
  const holdMs = Number(holdRaw);
  const deadline = Date.now() + Number(waitRaw ?? 20_000);
  let session: Session | undefined;
  let attempts = 0;
  while (!session) {
    attempts++;
    try {
      session = new Session(folder);
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`在 ${attempts} 次尝试后仍未取得 chDB 目录: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  console.log(JSON.stringify({ ev: 'held', attempts, t: Date.now() }));
  await new Promise((r) => setTimeout(r, holdMs));
  session.close();
  console.log(JSON.stringify({ ev: 'released', t: Date.now() }));
}

main().catch((e) => {
  console.error(`占用 chDB 目录失败: ${(e as Error).message}`);
  process.exit(1);
});
