// A graphql-codegen plugin: writes who may call each Query, Mutation and Subscription field, read
// from the schema's @access rules, so the SPA shows controls by the same rules the server enforces
// instead of a hand-kept copy of them.
const { Kind } = require('graphql');

function listValue(argument) {
  if (!argument || argument.value.kind !== Kind.LIST) return [];
  return argument.value.values.map((value) => value.value);
}

function rulesOf(type) {
  const rules = {};
  if (!type) return rules;
  for (const field of Object.values(type.getFields())) {
    const access = (field.astNode?.directives ?? []).find((directive) => directive.name.value === 'access');
    if (!access) continue;
    const argument = (name) => access.arguments?.find((a) => a.name.value === name);
    rules[field.name] = {
      roles: listValue(argument('roles')),
      scopes: listValue(argument('scopes')),
      participant: argument('participant')?.value.value === true,
      public: argument('public')?.value.value === true,
    };
  }
  return rules;
}

module.exports = {
  plugin(schema) {
    const rules = {
      query: rulesOf(schema.getQueryType()),
      mutation: rulesOf(schema.getMutationType()),
      subscription: rulesOf(schema.getSubscriptionType()),
    };
    return [
      '// Generated from the @access rules in schema/*.graphqls by codegen/access-plugin.cjs. Do not edit.',
      "import type { Role } from './graphql';",
      '',
      'export interface AccessRule {',
      '  readonly roles: readonly Role[];',
      '  readonly scopes: readonly string[];',
      '  readonly participant: boolean;',
      '  readonly public: boolean;',
      '}',
      '',
      `export const ACCESS = ${JSON.stringify(rules, null, 2)} as const satisfies Record<'query' | 'mutation' | 'subscription', Record<string, AccessRule>>;`,
      '',
    ].join('\n');
  },
};
