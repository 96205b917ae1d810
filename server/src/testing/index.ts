export { openTestDatabase } from './database';
export { makeBrand, makeUnit, makeUser, TEST_PASSWORD, unique } from './factories';
export { codeOf, gql, makeWorld, testContext, type GqlResult } from './harness';
