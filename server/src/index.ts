import 'reflect-metadata';
export { loadConfig, type Config } from './config';
export { banner, startFlagship, type Running } from './start';
export { flagshipSchema, resolvers } from './schema';
