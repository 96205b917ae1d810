import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { isNull, sql } from 'drizzle-orm';
import { hashPassword, migrateDatabase, openDatabase, units, users } from '@flagship/drizzle';
import { loadConfig } from './config';

const USAGE = `用法：flagship create-admin --username <用户名> [--name <显示名>] [--unit <根单位名称>]
  密码从 FLAGSHIP_ADMIN_PASSWORD 读取，未设置时在终端输入。`;

async function askPassword(): Promise<string> {
  if (process.env.FLAGSHIP_ADMIN_PASSWORD) {
    return process.env.FLAGSHIP_ADMIN_PASSWORD;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
  let prompted = false;
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    write(prompted ? '' : s);
    prompted = true;
  };
  const answer = await rl.question('管理员密码（至少 8 位）：');
  rl.close();
  process.stdout.write('\n');
  return answer;
}

/** Creates the first administrator (and a root unit when the tree is empty) without any demo data. */
async function createAdmin(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { username: { type: 'string' }, name: { type: 'string' }, unit: { type: 'string' } },
  });
  if (!values.username) {
    throw new Error(USAGE);
  }
  const password = await askPassword();
  if (password.length < 8) {
    throw new Error('密码至少 8 位');
  }
  const config = loadConfig();
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateDatabase(handle, config.databaseUrl);
    await handle.db.transaction(async (tx) => {
      let [root] = await tx.select().from(units).where(isNull(units.parentId)).limit(1);
      if (!root) {
        [root] = await tx
          .insert(units)
          .values({ name: values.unit ?? '中共县委', kind: 'COUNTY_COMMITTEE', path: '/' })
          .returning();
        await tx.execute(sql`update units set path = '/' || id || '/' where id = ${root.id}`);
      }
      await tx.insert(users).values({
        username: values.username!,
        displayName: values.name ?? values.username!,
        passwordHash: await hashPassword(password),
        role: 'ADMIN',
        unitId: root.id,
      });
    });
    console.log(`已创建管理员 ${values.username}（${handle.location}）`);
  } finally {
    await handle.close();
  }
}

const [command, ...rest] = process.argv.slice(2).filter((a, i) => !(i === 1 && a === '--'));
if (command === 'create-admin') {
  createAdmin(rest).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
} else {
  console.error(USAGE);
  process.exit(1);
}
