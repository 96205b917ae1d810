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
  // One module per document, so each page's chunk carries only its own documents (see the script).
  hooks: { afterAllFileWrite: ['node scripts/split-documents.mjs'] },
};

export default config;
