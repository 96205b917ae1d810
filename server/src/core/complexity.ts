import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * The CommonJS build: its ES build imports `graphql/index.mjs`, a second copy of graphql beside the one
 * type-graphql and Apollo load ("Cannot use GraphQLSchema from another module or realm").
 */
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');
import type { Context } from './context';

/** The most a single operation may cost (a field costs 1; a list field costs its children × `first`). */
export const MAX_COMPLEXITY = 20_000;

/** Lists with `first` cost their page size times what each item asks for. */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  return first !== undefined ? 1 + childComplexity * Math.max(first, 1) : undefined;
};

/** Refuses operations whose estimated cost exceeds MAX_COMPLEXITY before anything runs. */
export function complexityPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > MAX_COMPLEXITY) {
            throw new GraphQLError(`查询过于复杂（代价 ${cost}，上限 ${MAX_COMPLEXITY}），请减少字段或每页数量`, {
              extensions: { code: 'BAD_USER_INPUT' },
            });
          }
        },
      };
    },
  };
}
