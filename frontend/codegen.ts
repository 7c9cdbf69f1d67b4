import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come only from the schema contract and the operations in src/; never hand-written.
const config: CodegenConfig = {
  schema: '../schema/*.graphqls',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          Date: 'string',
          URL: 'string',
          NonNegativeInt: 'number',
          PositiveInt: 'number',
          CountryCode: 'string',
          Locale: 'string',
          Currency: 'string',
          // Sent as a string to keep the decimals exact; servers may answer with a JSON number.
          BigDecimal: { input: 'string', output: 'string | number' },
        },
      },
    },
    // Who may call each root field, from the schema's @access rules (see src/modules/viewer/utils/permissions.ts).
    'src/generated/access.ts': {
      plugins: ['./codegen/access-plugin.cjs'],
    },
  },
};

export default config;
