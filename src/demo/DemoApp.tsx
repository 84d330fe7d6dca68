/**
 * The demo page: the task pane (the same App as in Excel, on the demo host) beside a read-only
 * preview of the workbook. Opens the sample, or any .xlsx the user picks or drops on the page, and
 * downloads the workbook with the add-in's marks and review.
 */
import {
  Button,
  FluentProvider,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import App from "../taskpane/App";
import { DismissibleMessageBar } from "../taskpane/components/DismissibleMessageBar";
import type { PaneHost } from "../taskpane/host";
import type { FileLike } from "../taskpane/state/comparison";
import { copyHtmlToClipboard, copyTextToClipboard } from "../taskpane/platform/clipboard";
import { downloadFile } from "../taskpane/platform/download";
import { isXlsxReadError } from "../xlsx/errors";
import { createDemoGateway } from "./demoGateway";
import { DemoWorkbook } from "./demoWorkbook";
import { createFileWork } from "./fileClient";
import { OpeningStatus, OpeningStore } from "./OpeningStatus";
import { Preview } from "./Preview";
import { DEMO_TEXTS, demoLang } from "./strings";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PANE_WIDTH = "380px";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { marginRight: tokens.spacingHorizontalL },
  hint: { color: tokens.colorNeutralForeground3 },
  file: { marginLeft: "auto", color: tokens.colorNeutralForeground2 },
  work: { display: "flex", flexGrow: 1, minHeight: 0 },
  pane: {
    flexShrink: 0,
    width: PANE_WIDTH,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  preview: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  waiting: { margin: "auto" },
  drop: {
    position: "fixed",
    inset: 0,
    zIndex: 10,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    fontSize: tokens.fontSizeBase500,
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackground,
    opacity: 0.9,
    pointerEvents: "none",
  },
});

interface Problem {
  readonly file: string;
  readonly text: string;
}

export interface DemoAppProps {
  readonly displayLanguage: string;
  readonly theme: "light" | "dark";
  /** The workbook opened at start, and the previous version of it the pane offers to compare with. */
  readonly sample: DemoSample;
}

export interface DemoSample {
  readonly name: string;
  readonly url: string;
  /** The sample's previous-year variant: offered as 'Vergelijk met begroting 2025 (voorbeeld)' while the sample is open. */
  readonly reference?: { readonly name: string; readonly url: string; readonly label: string };
}

/** Fetches a file the demo serves (the sample, its previous version) as the pane takes a chosen file. */
export async function fetchFile(name: string, url: string): Promise<FileLike> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  // The server's date of the file where it tells one; else the pane takes the moment it was chosen.
  const lastModified = Date.parse(response.headers.get("Last-Modified") ?? "");
  return { name, lastModified, arrayBuffer: async () => bytes };
}

export function DemoApp({ displayLanguage, theme, sample }: DemoAppProps) {
  const styles = useStyles();
  const texts = DEMO_TEXTS[demoLang(displayLanguage)];
  const [doc, setDoc] = useState<DemoWorkbook | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  /** exceljs on a worker (in the page where there is none): reading a large file does not freeze the page. */
  const files = useMemo(() => createFileWork(), []);
  useEffect(() => () => files.dispose(), [files]);
  const progress = useMemo(() => new OpeningStore(), []);
  /** Counts the files opened: only the last one opened is shown, whichever finishes first. */
  const latest = useRef(0);

  const { reference } = sample;
  const host = useMemo<PaneHost | null>(
    () =>
      doc && {
        gateway: createDemoGateway(doc),
        kind: "demo",
        displayLanguage,
        theme,
        download: (name, data, mime) => downloadFile(name, data, mime),
        copyHtml: (html) => copyHtmlToClipboard(html),
        copyText: (text) => copyTextToClipboard(text),
        ...(reference &&
          doc.fileName === sample.name && {
            referenceSample: { label: reference.label, load: () => fetchFile(reference.name, reference.url) },
          }),
      },
    [doc, displayLanguage, theme, reference, sample.name]
  );

  const open = useCallback(
    async (file: string, read: () => Promise<ArrayBuffer>) => {
      const ticket = ++latest.current;
      const current = () => latest.current === ticket;
      setOpening(file);
      setProblem(null);
      progress.set({ file, progress: { kind: "reading" } });
      try {
        const bytes = new Uint8Array(await read());
        const opened = await files.open(bytes, (p) => {
          if (current()) progress.set({ file, progress: p });
        });
        // As a transition, React renders the new pane and preview in slices rather than one long task.
        const next = new DemoWorkbook(opened, file, bytes, files);
        if (current()) startTransition(() => setDoc(next));
      } catch (e) {
        const text = isXlsxReadError(e)
          ? texts.readError[e.code]
          : texts.unexpected(e instanceof Error ? e.message : String(e));
        setProblem({ file, text });
      } finally {
        if (current()) {
          startTransition(() => setOpening(null)); // with the new document, not before it
          progress.set(null);
        }
      }
    },
    [texts, files, progress]
  );

  useEffect(() => {
    void open(sample.name, async () => (await fetchFile(sample.name, sample.url)).arrayBuffer());
  }, [open, sample]);

  const openFile = (file: File | undefined) => {
    if (file) void open(file.name, () => file.arrayBuffer());
  };

  const downloadHighlighted = async () => {
    if (!doc) return;
    const base = doc.fileName.replace(/\.xlsx$/i, "");
    try {
      downloadFile(`${base}-${texts.highlightedSuffix}.xlsx`, await doc.highlightedCopy(), XLSX_MIME);
    } catch (e) {
      setProblem({ file: doc.fileName, text: texts.unexpected(e instanceof Error ? e.message : String(e)) });
    }
  };

  const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes("Files");

  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      className={styles.page}
      onDragOver={(e: DragEvent) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
        setDragging(true);
      }}
      onDragLeave={(e: DragEvent) => {
        if (e.relatedTarget === null) setDragging(false);
      }}
      onDrop={(e: DragEvent) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setDragging(false);
        openFile(e.dataTransfer.files[0]);
      }}
    >
      <header className={styles.bar}>
        <Text weight="semibold" size={400} className={styles.title}>
          {texts.pageTitle}
        </Text>
        <Button icon={<FolderOpen20Regular />} onClick={() => picker.current?.click()}>
          {texts.open}
        </Button>
        <input
          ref={picker}
          type="file"
          accept={`.xlsx,${XLSX_MIME}`}
          hidden
          tabIndex={-1}
          aria-label={texts.open}
          onChange={(e) => {
            openFile(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <Text className={styles.hint}>{texts.openHint}</Text>
        <Button icon={<ArrowDownload20Regular />} disabled={!doc} onClick={() => void downloadHighlighted()}>
          {texts.downloadHighlighted}
        </Button>
        <OpeningStatus store={progress} texts={texts} />
        <Text className={styles.file}>{doc?.fileName}</Text>
      </header>
      {problem && (
        <DismissibleMessageBar
          intent="error"
          title={texts.openFailed(problem.file)}
          dismissLabel={texts.dismiss}
          onDismiss={() => setProblem(null)}
        >
          {problem.text}
        </DismissibleMessageBar>
      )}
      <div className={styles.work}>
        <div className={styles.pane}>
          {host && doc ? (
            <App key={doc.id} host={host} />
          ) : (
            <Spinner className={styles.waiting} aria-label={texts.loading(opening ?? sample.name)} />
          )}
        </div>
        <section className={styles.preview} aria-label={texts.workbook(doc?.fileName ?? "")}>
          {opening && !doc ? (
            <Spinner className={styles.waiting} label={texts.loading(opening)} />
          ) : (
            doc && <Preview doc={doc} texts={texts} />
          )}
        </section>
      </div>
      {dragging && <div className={styles.drop}>{texts.dropHere}</div>}
    </FluentProvider>
  );
}
