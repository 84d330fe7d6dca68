/**
 * Draws the add-in's icons (assets/icon-16.png, icon-32.png, icon-64.png, icon-80.png).
 *
 * The picture: a small table (blue header row, white body cells, one cell flagged red) with a green
 * check-mark badge over its bottom-right corner. Everything is rasterised here from simple shapes and
 * written with a tiny PNG encoder (node's zlib only), so no image library is needed.
 *
 * Run: npx tsx scripts/draw-icons.ts [outDir]   (default outDir: assets/)
 *
 * All sizes are whole multiples of a 16-unit design grid, so table lines land on whole pixels and stay
 * crisp; only the rounded corners, the badge and the check mark are anti-aliased (supersampled).
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

type RGBA = [number, number, number, number];
type Inside = (x: number, y: number) => boolean;

const COLORS = {
  border: hex("#1F4E79"),
  header: hex("#2F75B5"),
  body: hex("#FFFFFF"),
  gridLine: hex("#9FB3C8"),
  flagged: hex("#D9362B"),
  textBar: hex("#B7C3D0"),
  textBarFlagged: hex("#FFFFFF"),
  badge: hex("#138A36"),
  check: hex("#FFFFFF"),
};

function hex(value: string, alpha = 255): RGBA {
  const n = parseInt(value.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

/** An RGBA canvas with source-over compositing of supersampled shapes. */
class Canvas {
  readonly data: Float64Array; // premultiplied RGBA, 0..1

  constructor(
    readonly width: number,
    readonly height: number
  ) {
    this.data = new Float64Array(width * height * 4);
  }

  /** Paints `color` where `inside` holds, with `samples`×`samples` subsamples per pixel. */
  fill(inside: Inside, color: RGBA, samples = 8): void {
    const a = color[3] / 255;
    for (let py = 0; py < this.height; py++) {
      for (let px = 0; px < this.width; px++) {
        let hits = 0;
        for (let sy = 0; sy < samples; sy++) {
          for (let sx = 0; sx < samples; sx++) {
            if (inside(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples)) hits++;
          }
        }
        if (hits === 0) continue;
        const cover = (hits / (samples * samples)) * a;
        const i = (py * this.width + px) * 4;
        const keep = 1 - cover;
        this.data[i] = (color[0] / 255) * cover + this.data[i]! * keep;
        this.data[i + 1] = (color[1] / 255) * cover + this.data[i + 1]! * keep;
        this.data[i + 2] = (color[2] / 255) * cover + this.data[i + 2]! * keep;
        this.data[i + 3] = cover + this.data[i + 3]! * keep;
      }
    }
  }

  /** Makes the canvas transparent where `inside` holds (anti-aliased). */
  erase(inside: Inside, samples = 8): void {
    for (let py = 0; py < this.height; py++) {
      for (let px = 0; px < this.width; px++) {
        let hits = 0;
        for (let sy = 0; sy < samples; sy++) {
          for (let sx = 0; sx < samples; sx++) {
            if (inside(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples)) hits++;
          }
        }
        const keep = 1 - hits / (samples * samples);
        const i = (py * this.width + px) * 4;
        for (let ch = 0; ch < 4; ch++) this.data[i + ch] = this.data[i + ch]! * keep;
      }
    }
  }

  /** Straight (non-premultiplied) 8-bit RGBA bytes. */
  toRGBA8(): Uint8Array {
    const out = new Uint8Array(this.width * this.height * 4);
    for (let i = 0; i < out.length; i += 4) {
      const a = this.data[i + 3]!;
      if (a <= 0) continue;
      out[i] = Math.round(Math.min(1, this.data[i]! / a) * 255);
      out[i + 1] = Math.round(Math.min(1, this.data[i + 1]! / a) * 255);
      out[i + 2] = Math.round(Math.min(1, this.data[i + 2]! / a) * 255);
      out[i + 3] = Math.round(Math.min(1, a) * 255);
    }
    return out;
  }
}

// ---------- shapes ----------

function rect(x0: number, y0: number, x1: number, y1: number): Inside {
  return (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
}

function roundRect(x0: number, y0: number, x1: number, y1: number, r: number): Inside {
  return (x, y) => {
    if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function circle(cx: number, cy: number, r: number): Inside {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A stroked polyline with round caps and joins. */
function polyline(points: Array<[number, number]>, width: number): Inside {
  const h = width / 2;
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i]!;
      const [bx, by] = points[i + 1]!;
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= h * h) return true;
    }
    return false;
  };
}

function and(a: Inside, b: Inside): Inside {
  return (x, y) => a(x, y) && b(x, y);
}

// ---------- the icon ----------

interface Strokes {
  outer: number; // table border thickness in pixels
  inner: number; // grid line thickness in pixels
  radius: number; // table corner radius in pixels
}

const STROKES: Record<number, Strokes> = {
  16: { outer: 1, inner: 1, radius: 0 },
  32: { outer: 2, inner: 1, radius: 2 },
  64: { outer: 3, inner: 2, radius: 4 },
  80: { outer: 4, inner: 2, radius: 5 },
};

/**
 * Draws the icon at `size` (a multiple of 16). Design units: the table's grid lines sit at
 * 1, 5, 9, 13 (columns and rows: header row + two body rows), the badge is centred at (12, 12).
 */
export function drawIcon(size: number): Canvas {
  const k = size / 16;
  const strokes = STROKES[size];
  if (!Number.isInteger(k) || !strokes) throw new Error(`unsupported icon size ${size}`);
  const { outer, inner, radius } = strokes;
  const c = new Canvas(size, size);

  // A grid line at design unit p, `t` pixels thick, centred in the p-th k-pixel band.
  const lineStart = (p: number, t: number) => p * k + Math.floor((k - t) / 2);
  const lines = [1, 5, 9, 13];
  const x0 = lineStart(1, outer);
  const x1 = lineStart(13, outer) + outer;
  const y0 = x0;
  const y1 = x1;

  // Table: border, white body, blue header row.
  const body = roundRect(x0 + outer, y0 + outer, x1 - outer, y1 - outer, Math.max(0, radius - outer));
  c.fill(roundRect(x0, y0, x1, y1, radius), COLORS.border);
  c.fill(body, COLORS.body);
  const headerBottom = lineStart(5, inner);
  c.fill(and(body, rect(x0, y0, x1, headerBottom)), COLORS.header);

  // Cell boxes (inside the lines) for row r (0 = header) and column col.
  const cellBox = (r: number, col: number) => {
    const left = col === 0 ? x0 + outer : lineStart(lines[col]!, inner) + inner;
    const right = col === 2 ? x1 - outer : lineStart(lines[col + 1]!, inner);
    const top = r === 0 ? y0 + outer : lineStart(lines[r]!, inner) + inner;
    const bottom = r === 2 ? y1 - outer : lineStart(lines[r + 1]!, inner);
    return { left, right, top, bottom };
  };

  // The flagged cell: body row 2, first column (bottom-left, clear of the badge).
  const flagged = cellBox(2, 0);
  c.fill(rect(flagged.left, flagged.top, flagged.right, flagged.bottom), COLORS.flagged);

  // Grid lines inside the body (vertical lines through all rows; horizontal lines in the body).
  for (const p of [5, 9]) {
    const xs = lineStart(p, inner);
    c.fill(and(body, rect(xs, y0, xs + inner, y1)), p === 5 || p === 9 ? COLORS.gridLine : COLORS.border);
  }
  for (const p of [5, 9]) {
    const ys = lineStart(p, inner);
    c.fill(and(body, rect(x0, ys, x1, ys + inner)), COLORS.gridLine);
  }
  // Header column separators in a lighter blue so the header reads as one band.
  for (const p of [5, 9]) {
    const xs = lineStart(p, inner);
    c.fill(and(body, rect(xs, y0, xs + inner, headerBottom)), hex("#7FAEDB"));
  }

  // From 32 px up: right-aligned "numbers" in the body cells, white ones in the flagged cell.
  if (size >= 32) {
    const barH = Math.max(1, Math.round(k * 0.5));
    for (const [r, col] of [
      [1, 0],
      [1, 1],
      [2, 0],
      [2, 1],
      [1, 2],
    ] as Array<[number, number]>) {
      const box = cellBox(r, col);
      const pad = Math.max(1, Math.round(k * 0.5));
      const w = box.right - box.left - 2 * pad;
      const barW = Math.round(w * (col === 1 ? 0.6 : 0.8));
      const yMid = Math.round((box.top + box.bottom - barH) / 2);
      const color = r === 2 && col === 0 ? COLORS.textBarFlagged : COLORS.textBar;
      c.fill(rect(box.right - pad - barW, yMid, box.right - pad, yMid + barH), color);
    }
  }

  // Badge: a transparent gap around a green disc (reads on light and dark ribbons), white check mark.
  const cx = 11.5 * k;
  const cy = 11.5 * k;
  const r = 4 * k;
  const gap = size === 16 ? 1 : Math.max(1.5, k * 0.6);
  c.erase(circle(cx, cy, r + gap), size === 16 ? 1 : 16); // pixel-exact at 16 px: no grey fringe
  c.fill(circle(cx, cy, r), COLORS.badge, 16);
  if (size === 16) {
    // Hand-placed for 16 px: end points on pixel centres keep the strokes from smearing.
    c.fill(
      polyline(
        [
          [9.5, 11.5],
          [11, 13],
          [13.9, 10.1],
        ],
        1.45
      ),
      COLORS.check,
      16
    );
  } else {
    const check: Array<[number, number]> = [
      [cx - r * 0.5, cy + r * 0.02],
      [cx - r * 0.12, cy + r * 0.4],
      [cx + r * 0.52, cy - r * 0.36],
    ];
    c.fill(polyline(check, r * 0.3), COLORS.check, 16);
  }

  return c;
}

// ---------- PNG encoding ----------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let v = n;
    for (let i = 0; i < 8; i++) v = v & 1 ? 0xedb88320 ^ (v >>> 1) : v >>> 1;
    table[n] = v >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, payload: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(payload.length, 0);
  head.write(type, 4, "ascii");
  const typeAndData = Buffer.concat([head.subarray(4), Buffer.from(payload)]);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([head.subarray(0, 4), typeAndData, tail]);
}

/** Encodes 8-bit straight RGBA pixels as a PNG (colour type 6, no interlace, filter 0 per row). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 64, 80] as const;

function main(): void {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const canvas = drawIcon(size);
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, canvas.toRGBA8()));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();
