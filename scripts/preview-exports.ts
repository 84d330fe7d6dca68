/**
 * Builds the explanatory tables of the sample workbook as .docx, .html and .xlsx (the sample plus a
 * new "Begrotingstabellen" sheet) in out/previews/, then renders the .docx and .xlsx to PDF with
 * LibreOffice and to PNG with pdftoppm, to look at.
 *
 *   npm run preview:exports            default layout (as the budget page has it)
 *   npm run preview:exports -- --all   also the variant with harmonise, status column and resolved names
 *
 * Needs soffice and pdftoppm; exits 2 with the apt-get line when they are missing.
 */
import { execFileSync } from "node:child_process";
import {
  accessSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../src/core/analyse";
import { buildLayout } from "../src/core/layout/buildLayout";
import type { LayoutOptions } from "../src/core/layout/types";
import { renderDocx } from "../src/export/renderDocx";
import { renderHtml } from "../src/export/renderHtml";
import { writeLayoutSheet } from "../src/export/writeLayoutSheet";
import { readWorkbookFile } from "../src/xlsx/readWorkbook";

const ROOT = path.resolve(__dirname, "..");
const SAMPLE = path.join(ROOT, "examples/begroting-2026-dienstverlening.xlsx");
const OUT = path.join(ROOT, "out/previews");
const APT =
  "apt-get install -y --no-install-recommends libreoffice-calc libreoffice-writer poppler-utils fonts-crosextra-carlito";

const VARIANTS: readonly { readonly name: string; readonly options: LayoutOptions }[] = [
  { name: "begrotingstabellen", options: {} },
  {
    name: "begrotingstabellen-opties",
    options: {
      harmonise: true,
      statusColumn: true,
      references: "resolved",
      markResultsWithoutIndicator: true,
    },
  },
];

/** True when `command` is an executable file on the PATH. */
function has(command: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** LibreOffice → PDF in its own folder (a.docx and a.xlsx would both become a.pdf), then pdftoppm → PNG. */
function toPictures(file: string, folder: string): string[] {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  execFileSync(
    "soffice",
    [
      "-env:UserInstallation=file:///tmp/lo-profile",
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      folder,
      file,
    ],
    { stdio: "ignore" }
  );
  const pdf = path.join(folder, `${path.basename(file, path.extname(file))}.pdf`);
  execFileSync("pdftoppm", ["-png", "-r", "80", pdf, path.join(folder, "page")]);
  return readdirSync(folder)
    .filter((f) => f.endsWith(".png"))
    .sort()
    .map((f) => path.join(folder, f));
}

const kb = (file: string) => `${(statSync(file).size / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const missing = ["soffice", "pdftoppm"].filter((c) => !has(c));
  if (missing.length > 0) {
    console.error(`Missing ${missing.join(" and ")}. Install with:\n  ${APT}`);
    process.exit(2);
  }
  const all = process.argv.includes("--all");
  mkdirSync(OUT, { recursive: true });
  const analysis = analyseWorkbook(await readWorkbookFile(SAMPLE));

  for (const variant of all ? VARIANTS : VARIANTS.slice(0, 1)) {
    const layout = buildLayout(analysis, variant.options);
    const base = path.join(OUT, variant.name);

    writeFileSync(`${base}.html`, renderHtml(layout));
    writeFileSync(`${base}.docx`, await renderDocx(layout));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE);
    const sheet = writeLayoutSheet(workbook, layout);
    const activeTab = workbook.worksheets.findIndex((w) => w.name === sheet);
    workbook.views = [
      { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: "visible" },
    ];
    await workbook.xlsx.writeFile(`${base}.xlsx`);
    // For the picture only the new sheet prints: a copy with the sample's sheets hidden.
    for (const w of workbook.worksheets) if (w.name !== sheet) w.state = "hidden";
    const printCopy = path.join(mkdtempSync(path.join(tmpdir(), "preview-")), `${variant.name}.xlsx`);
    await workbook.xlsx.writeFile(printCopy);

    const docxPictures = toPictures(`${base}.docx`, `${base}-docx`);
    const xlsxPictures = toPictures(printCopy, `${base}-xlsx`);
    rmSync(path.dirname(printCopy), { recursive: true, force: true });
    console.log(
      `${variant.name}: html ${kb(`${base}.html`)}, docx ${kb(`${base}.docx`)}, xlsx ${kb(`${base}.xlsx`)} (sheet "${sheet}")`
    );
    for (const p of [...docxPictures, ...xlsxPictures]) console.log(`  ${path.relative(ROOT, p)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
