/**
 * Which Excel JavaScript API members a set of source files uses, and the requirement set each one
 * needs, read with the TypeScript compiler: every property access and call whose symbol is declared
 * in @types/office-js inside `namespace Excel`, with the version from that declaration's own
 * `[Api set: ExcelApi 1.x]` JSDoc tag (the interface's tag where the member has none).
 */
import * as path from "node:path";
import ts from "typescript";

export interface ApiUse {
  /** The file, relative to the repository. */
  readonly file: string;
  readonly line: number;
  /** Interface and member inside `namespace Excel`: "Range.getMergedAreasOrNullObject". */
  readonly member: string;
  /** "ExcelApi", or a platform set such as "ExcelApiOnline"; null when the declaration names none. */
  readonly set: string | null;
  /** The lowest version the tag names ("1.1 for get, 1.8 for set" → "1.1"). */
  readonly version: string | null;
}

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_TYPES = `${path.sep}@types${path.sep}office-js${path.sep}`;

/** "1.13" → [1, 13], for comparing versions as numbers (1.9 < 1.10). */
export function versionParts(version: string): [number, number] {
  const [major, minor] = version.split(".").map(Number);
  return [major ?? 0, minor ?? 0];
}

export function compareVersions(a: string, b: string): number {
  const [a1, a2] = versionParts(a);
  const [b1, b2] = versionParts(b);
  return a1 - b1 || a2 - b2;
}

/** The compiler options of the repository's tsconfig.json. */
function compilerOptions(): ts.CompilerOptions {
  const file = path.join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(file, (f) => ts.sys.readFile(f));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
}

/**
 * One Program over these files; `extra` adds files that exist only in memory (path → text), so a
 * test can show what a violation looks like without writing one into src/excel.
 */
export function createApiProgram(files: readonly string[], extra: Readonly<Record<string, string>> = {}) {
  const options = { ...compilerOptions(), noEmit: true };
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const virtual = new Map(Object.entries(extra).map(([f, text]) => [path.resolve(f), text]));
  host.fileExists = (f) => virtual.has(path.resolve(f)) || fileExists(f);
  host.readFile = (f) => virtual.get(path.resolve(f)) ?? readFile(f);
  host.getSourceFile = (f, language, onError, create) => {
    const text = virtual.get(path.resolve(f));
    return text !== undefined
      ? ts.createSourceFile(f, text, language, true)
      : getSourceFile(f, language, onError, create);
  };
  return ts.createProgram([...files, ...virtual.keys()], options, host);
}

/** The `[Api set: …]` tag of the JSDoc right before a declaration, e.g. ["ExcelApi", "1.13"]. */
function apiSetTag(node: ts.Node): [string, string] | null {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const doc = docs[docs.length - 1];
  if (!doc) return null;
  const m = /\[Api set: (ExcelApi\w*) (\d+\.\d+)/.exec(doc.getText());
  return m ? [m[1]!, m[2]!] : null;
}

/** The chain of names from `namespace Excel` down to the declaration, or null outside it. */
function excelPath(decl: ts.Declaration): string[] | null {
  const names: string[] = [];
  let node: ts.Node | undefined = decl;
  while (node) {
    if (ts.isModuleDeclaration(node)) {
      if (node.name.text === "Excel" && ts.isSourceFile(node.parent)) return names.reverse();
      return null; // OfficeExtension, Office, Excel.Interfaces and the like
    }
    const name = (node as { name?: ts.Node }).name;
    if (name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name))) names.push(name.text);
    node = node.parent;
  }
  return null;
}

function declarationOf(checker: ts.TypeChecker, node: ts.PropertyAccessExpression): ts.Declaration[] {
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.expression === node) {
    const declaration = checker.getResolvedSignature(parent)?.declaration;
    if (declaration && !ts.isJSDocSignature(declaration)) return [declaration];
  }
  return checker.getSymbolAtLocation(node.name)?.declarations ?? [];
}

/** Every Excel API member the given source files touch, one entry per use. */
export function excelApiUses(program: ts.Program, files: (file: ts.SourceFile) => boolean): ApiUse[] {
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const source of program.getSourceFiles()) {
    if (!files(source)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        for (const decl of declarationOf(checker, node)) {
          if (!decl.getSourceFile().fileName.includes(OFFICE_TYPES)) continue;
          const names = excelPath(decl);
          if (!names || names.length < 2) continue;
          const tag = apiSetTag(decl) ?? apiSetTag(decl.parent);
          const { line } = source.getLineAndCharacterOfPosition(node.name.getStart());
          uses.push({
            file: path.relative(ROOT, source.fileName),
            line: line + 1,
            member: names.slice(-2).join("."),
            set: tag?.[0] ?? null,
            version: tag?.[1] ?? null,
          });
          break;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The highest `[Api set: ExcelApi 1.x]` anywhere in @types/office-js. */
export function highestExcelApi(program: ts.Program): string {
  const types = program.getSourceFiles().find((f) => f.fileName.includes(OFFICE_TYPES));
  if (!types) throw new Error("@types/office-js is not part of the program");
  let highest = "1.1";
  for (const m of types.text.matchAll(/\[Api set: ExcelApi (\d+\.\d+)/g))
    if (compareVersions(m[1]!, highest) > 0) highest = m[1]!;
  return highest;
}
