import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations from the committed schema and the `.graphql` files beside the pages. */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
  ignoreNoDocuments: true,
};

export default config;
