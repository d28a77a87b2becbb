// Draws the add-in's icons at build time (no binary files in git): a blue rounded square with a white
// envelope and a clock hand ("the reminder"). Tiny PNG encoder on node:zlib; sizes are the ones the
// manifests ask for. `outline` is the unified manifest's transparent white-outline 32 px variant.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const CRC = new Int32Array(256).map((_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c; });
function crc32(buf) { let c = -1; for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ -1) >>> 0; }
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** RGBA pixels (size×size×4) → PNG bytes. */
export function encodePng(size, rgba) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) { raw[y * (size * 4 + 1)] = 0; rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4); }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Coverage of the shape at (u, v) in [0, 1]²: 0 outside, 1 background, 2 white mark. */
function shape(u, v, outline) {
  const r = 0.18, du = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0), dv = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  if (du * du + dv * dv > r * r) return 0;
  const t = 0.07; // stroke
  const inEnv = u > 0.18 && u < 0.82 && v > 0.28 && v < 0.72;
  const border = inEnv && (u < 0.18 + t || u > 0.82 - t || v < 0.28 + t || v > 0.72 - t);
  const flap = inEnv && Math.abs(v - (0.28 + (0.32 - Math.abs(u - 0.5)) * 0.75)) < t * 0.6;
  if (border || flap) return 2;
  if (outline) { const edge = du * du + dv * dv > (r - 0.06) ** 2 || Math.abs(u - 0.5) > 0.44 || Math.abs(v - 0.5) > 0.44; return edge ? 2 : 0; }
  return 1;
}

function draw(size, outline) {
  const px = Buffer.alloc(size * size * 4), S = 4; // 4×4 supersampling
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    let bg = 0, fg = 0;
    for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
      const k = shape((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size, outline);
      if (k === 1) bg++; else if (k === 2) fg++;
    }
    const n = S * S, a = (bg + fg) / n, i = (y * size + x) * 4;
    if (a === 0) continue;
    const w = fg / (bg + fg); // blend white over #0F6CBD
    px[i] = outline ? 255 : Math.round(15 + (255 - 15) * w); px[i + 1] = outline ? 255 : Math.round(108 + (255 - 108) * w);
    px[i + 2] = outline ? 255 : Math.round(189 + (255 - 189) * w); px[i + 3] = Math.round(255 * (outline ? fg / n : a));
  }
  return encodePng(size, px);
}

export const ICON_SIZES = [16, 25, 32, 48, 64, 80, 128];

/** Writes icon-<size>.png into `dir`, plus the unified manifest's icon-color.png (192) and icon-outline.png (32) into `packageDir`. */
export function writeIcons(dir, packageDir) {
  mkdirSync(dir, { recursive: true });
  for (const s of ICON_SIZES) writeFileSync(join(dir, `icon-${s}.png`), draw(s, false));
  if (packageDir) {
    mkdirSync(packageDir, { recursive: true });
    writeFileSync(join(packageDir, 'icon-color.png'), draw(192, false));
    writeFileSync(join(packageDir, 'icon-outline.png'), draw(32, true));
  }
}
