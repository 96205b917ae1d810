export { openTestDatabase } from './database';
export { makeBrand, makeUnit, makeUser, TEST_PASSWORD, unique } from './factories';
export { codeOf, gql, makeWorld, testContext, type GqlResult } from './harness';
export { makeRectification, makeUpload, type RectificationOptions } from './rectification-factories';
export {
  DEFAULT_TEMPLATE_ITEMS,
  makeOverdueMilestones,
  makeTemplate,
  setUnitTier,
  type TemplateItemSpec,
} from './supervision-factories';
export { makeModelCase, type ModelCaseOptions } from './case-factories';
export { CORPUS_SEARCHES, seedSearchCorpus } from './search-corpus';
