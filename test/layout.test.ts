/**
 * The layout rules of the source tree, checked on the imports themselves: no import cycles
 * between modules (a cycle makes load order decide what a module sees), the backend-neutral
 * model (src/workspaces) imports no infrastructure framework, and cdktf is imported through one
 * internal module (so a move to its maintained fork stays a one-line change).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const SRC = path.resolve(__dirname, '..', 'src');

interface ModuleImports {
  /** Relative imports that exist at run time (type-only imports are erased), as absolute paths. */
  readonly local: string[];
  /** Package imports (the specifier). */
  readonly packages: string[];
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((c) => fs.existsSync(c));
}

function importsOf(file: string): ModuleImports {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const local: string[] = [];
  const packages: string[] = [];
  const add = (spec: string) => {
    if (spec.startsWith('.')) {
      const r = resolveLocal(file, spec);
      if (r) local.push(r);
    } else {
      packages.push(spec);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = clause?.isTypeOnly
        || (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings)
          && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) add(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) add(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { local, packages };
}

/** Strongly connected components of more than one module (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const connect = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.map((f) => path.relative(SRC, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) connect(v);
  return out;
}

const files = sourceFiles(SRC);
const imports = new Map(files.map((f) => [f, importsOf(f)]));

describe('source layout', () => {
  test('no import cycles between the modules of src/', () => {
    const graph = new Map([...imports].map(([f, i]) => [f, i.local]));
    expect(cycles(graph)).toEqual([]);
  });

  test('the cycle check finds a cycle when there is one', () => {
    const a = path.join(SRC, 'a.ts');
    const b = path.join(SRC, 'b.ts');
    const c = path.join(SRC, 'c.ts');
    expect(cycles(new Map([[a, [b]], [b, [c]], [c, [a]]]))).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(cycles(new Map([[a, [b]], [b, [c]], [c, []]]))).toEqual([]);
  });

  test('the backend-neutral model (src/workspaces) imports no infrastructure framework', () => {
    const offending = [...imports].filter(([f]) => f.startsWith(path.join(SRC, 'workspaces') + path.sep))
      .flatMap(([f, i]) => i.packages.filter((p) => /^(aws-cdk-lib|constructs|cdktf|@cdktf\/)/.test(p)).map((p) => `${path.relative(SRC, f)}: ${p}`));
    expect(offending).toEqual([]);
  });

  test('cdktf is imported through one internal module', () => {
    const users = [...imports].filter(([, i]) => i.packages.includes('cdktf')).map(([f]) => path.relative(SRC, f));
    expect(users).toEqual([path.join('constructs', 'terraform', 'cdktf.ts')]);
  });

  test('each backend\'s constructs and stacks live in its own folder', () => {
    const loose = ['constructs', 'stacks'].flatMap((layer) => fs.readdirSync(path.join(SRC, layer), { withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'index.ts').map((e) => path.join(layer, e.name)));
    expect(loose).toEqual([]);
  });

  test('a backend\'s folders import no other backend\'s folders, and the AWS ones no cdktf', () => {
    const BACKENDS = ['aws', 'kubernetes', 'proxmox'];
    const backendOf = (f: string) => {
      const m = /^(?:constructs|stacks)[\\/](aws|kubernetes|proxmox|terraform)[\\/]/.exec(path.relative(SRC, f));
      return m?.[1];
    };
    const offending: string[] = [];
    for (const [f, i] of imports) {
      const own = backendOf(f);
      if (!own || !BACKENDS.includes(own)) continue;
      for (const target of i.local) {
        const other = backendOf(target);
        // The Terraform backends share src/constructs/terraform and src/stacks/terraform; AWS does not use them.
        const allowed = other === undefined || other === own || (other === 'terraform' && own !== 'aws');
        if (!allowed) offending.push(`${path.relative(SRC, f)} -> ${path.relative(SRC, target)}`);
      }
      for (const p of i.packages) {
        if (own === 'aws' && /^(cdktf|@cdktf\/)/.test(p)) offending.push(`${path.relative(SRC, f)} -> ${p}`);
        if (own !== 'aws' && /^aws-cdk-lib/.test(p)) offending.push(`${path.relative(SRC, f)} -> ${p}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
