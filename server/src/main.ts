import 'reflect-metadata';
import { loadConfig } from './config';
import { banner, startFlagship } from './start';

const config = loadConfig();
const running = await startFlagship(config);
console.log(banner(running, config).join('\n'));

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    return;
  }
  stopping = true;
  console.log(`收到 ${signal}，正在停止…`);
  await running.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
