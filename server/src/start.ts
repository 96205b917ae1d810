import { migrateDatabase, openDatabase, type DatabaseHandle } from '@flagship/drizzle';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, hasDemoAccounts, isDatabaseEmpty, seedDemo } from '@flagship/drizzle/seed';
import type { Config } from './config';
import { createFlagshipServer, type FlagshipServer } from './http/app';

export interface Running {
  handle: DatabaseHandle;
  flagship: FlagshipServer;
  url: string;
  seeded: boolean;
  /** The demo accounts exist (seeded now or on an earlier start). */
  demo: boolean;
  close(): Promise<void>;
}

/** Opens and migrates the database, seeds the demo county when it should, and starts listening. */
export async function startFlagship(config: Config, log: (line: string) => void = console.log): Promise<Running> {
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateDatabase(handle, config.databaseUrl);
  let seeded = false;
  if (config.seedDemo && (await isDatabaseEmpty(handle.db))) {
    log('正在生成演示数据（青山县）…');
    await seedDemo(handle.db);
    seeded = true;
  }
  const demo = await hasDemoAccounts(handle.db);
  const flagship = await createFlagshipServer(handle.db, config);
  await new Promise<void>((resolve, reject) => {
    flagship.server.once('error', reject);
    flagship.server.listen(config.port, config.host, resolve);
  });
  const address = flagship.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  return {
    handle,
    flagship,
    url,
    seeded,
    demo,
    async close() {
      await flagship.stop();
      await handle.close();
    },
  };
}

/** The start-up banner: where Flagship listens, on which database, and the demo accounts. */
export function banner(running: Running, config: Config): string[] {
  const lines = [
    '',
    'Flagship 党建品牌创建与展示平台 已启动',
    `  地址：      ${running.url}/`,
    `  GraphQL：   ${running.url}/graphql`,
  ];
  if (!config.production) {
    lines.push(`  调试台：    ${running.url}/explorer`);
  }
  lines.push(
    `  数据库：    ${running.handle.kind === 'pglite' ? `内置 PGlite（${running.handle.location}）` : running.handle.location}`,
  );
  if (running.demo) {
    lines.push('', `演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const a of DEMO_ACCOUNTS) {
      lines.push(`  ${a.username.padEnd(10)} ${a.description}`);
    }
  }
  lines.push('', '按 Ctrl+C 停止。');
  return lines;
}
