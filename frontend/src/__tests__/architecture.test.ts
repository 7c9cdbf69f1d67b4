// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..');

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated' || name === '__tests__') return [];
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]);
const offenders = (files: string[], forbidden: RegExp) =>
  files.flatMap((file) =>
    importsOf(file)
      .filter((source) => forbidden.test(source))
      .map((source) => `${relative(SRC, file)} → ${source}`),
  );

describe('architecture', () => {
  it('keeps src/ui free of feature modules, pages and generated types', () => {
    expect(offenders(filesUnder(join(SRC, 'ui'), /\.tsx?$/), /^@\/(modules|pages|generated)\b/)).toEqual([]);
  });

  it('keeps modules from depending on pages', () => {
    expect(offenders(filesUnder(join(SRC, 'modules'), /\.tsx?$/), /^@\/pages\b/)).toEqual([]);
  });

  it('holds one GraphQL operation or fragment per .graphql file, named like the file', () => {
    const problems = filesUnder(SRC, /\.graphql$/).flatMap((file) => {
      const definitions = parse(readFileSync(file, 'utf8')).definitions;
      const name =
        definitions[0]?.kind === Kind.OPERATION_DEFINITION || definitions[0]?.kind === Kind.FRAGMENT_DEFINITION
          ? definitions[0].name?.value
          : undefined;
      const expected = file.split('/').pop()!.replace('.graphql', '');
      const ok = definitions.length === 1 && name?.toLowerCase() === expected.toLowerCase();
      return ok ? [] : [relative(SRC, file)];
    });
    expect(problems).toEqual([]);
  });
});
