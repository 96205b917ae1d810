import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { flagshipSchema } from '../src/schema';

/** Writes schema/schema.graphql from the server's resolver list. */
const target = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));
const schema = await flagshipSchema();
writeFileSync(target, printSchema(schema) + '\n');
console.log(`已写入 ${target}`);
