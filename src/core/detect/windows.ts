/**
 * The prefilter's window scan: the characters of a text where the classes of the last four characters
 * (CLASS: 0 for any non-letter, 1-26 for a letter in either case, 27-31 for a few signs) form a 20-bit
 * window that ACT marks, each with its act. Two implementations, found equal by the tests: compiled
 * WebAssembly (windows.wat), three to four times faster, and the same loop in JavaScript, used where
 * WebAssembly cannot be instantiated (a page whose Content-Security-Policy forbids it).
 * The compiled loop reads UTF-8, where a non-ASCII character is two to four class-0 bytes instead of one
 * class-0 character: both stop at the same characters only if ACT marks windows by their last classes
 * (whatever comes before), none of which is 0 but the first or the last (`isTail`).
 */
import { WASM_BASE64 } from './windows-wasm';
import { FLOWED, HTML, QP } from './undo';

export interface Windows {
  /** Starts reading a text. */
  start(x: string): void;
  /** The index of the next marked character, -1 at the end; its act is then in `act`. */
  next(): number;
  act: number;
}

/** NEXT that keeps every act (no look at the next character). */
const ALL = new Uint8Array(1 << 20).fill(0xff);

/**
 * The loop in JavaScript (the reference). `after` (NEXT, 2^20 entries): which of a window's acts hold,
 * by its last three classes and the class of the character after it (none after the text's end: all hold).
 */
export class ScriptWindows implements Windows {
  act = 0;
  private x = '';
  private i = 0;
  private w = 0;
  constructor(private readonly klass: Uint8Array, private readonly table: Uint8Array, private readonly after: Uint8Array = ALL) {}

  start(x: string): void {
    this.x = x;
    this.i = 0;
    this.w = 0;
  }

  next(): number {
    const x = this.x, klass = this.klass, table = this.table;
    let w = this.w;
    for (let i = this.i, n = x.length; i < n; i++) {
      const c = x.charCodeAt(i);
      w = ((w << 5) | (c < 256 ? klass[c]! : 0)) & 0xfffff;
      let act = table[w]!;
      if (act !== 0 && i + 1 < n) {
        const c2 = x.charCodeAt(i + 1);
        act &= this.after[((w & 0x7fff) << 5) | (c2 < 256 ? klass[c2]! : 0)]!;
      }
      if (act !== 0) {
        this.act = act;
        this.w = w;
        this.i = i + 1;
        return i;
      }
    }
    this.w = w;
    this.i = x.length;
    return -1;
  }
}

/**
 * A tail ACT may mark (every window ending with it, whatever its head): ASCII letters and signs (1-31),
 * with a 0 allowed first (a word start) or last (a word's end), and not a lone 0.
 */
export function isTail(tail: number[]): boolean {
  return tail.length >= 1 && tail.length <= 4 && tail.some((c) => c !== 0)
    && tail.every((c, i) => (c >= 1 && c <= 31) || (c === 0 && (i === 0 || i === tail.length - 1)));
}

/** The UTF-8 length of `x`'s first `end` units (as TextEncoder writes them: a lone surrogate in 3 bytes). */
function utf8Length(x: string, end: number): number {
  let n = end;
  for (let i = 0; i < end; i++) {
    const c = x.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (x.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 2; i++; }
    else n += 2;
  }
  return n;
}

// The module's memory, as windows.wat lays it out; SLACK: bytes the passes may read past a text's end.
const COUNT_AT = 256, FOUND_AT = 1024, FOUND_MAX = 384, TABLE_AT = 4096, NEXT_AT = 0x101000, INPUT = 0x210000, CHUNK = 1 << 20, SLACK = 16, PAGE = 65536;
/** Texts up to this many UTF-16 units are held whole in memory (and can be undone there): 4 Mi, 24 MiB of memory at most. */
const WHOLE = 4 << 20;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

interface Exports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  begin(origin: number, fresh: number, utf8: number): void;
  collect(p: number, end: number, max: number, data: number): number;
  softBreaks(p: number, end: number, out: number): number;
  qpEscapes(p: number, end: number, out: number): number;
  flowed(p: number, end: number, out: number, space: number): number;
  tags(p: number, end: number, out: number): number;
  references(p: number, end: number, out: number): number;
  latin1ToUtf8(p: number, end: number, out: number): number;
}

/** A text undone in the module's memory: its UTF-8 bytes [start, end) and the same as a string. */
export interface UndoneView {
  text: string;
  start: number;
  end: number;
}

/**
 * The compiled loops. A text goes in as UTF-8: whole when it is at most WHOLE units long (it can then
 * be undone in place, undo.ts's passes compiled), else by chunks of at most 1 MiB.
 */
export class CompiledWindows implements Windows {
  act = 0;
  private x = '';
  /** UTF-16 units of `x` encoded so far, and where the current chunk starts in `x`. */
  private read = 0;
  private base = 0;
  private p = INPUT;
  private end = INPUT;
  /** Where the bytes in memory end (past `end` when the last character of a chunk waits for the next). */
  private data = INPUT;
  /** The text held whole at INPUT (a string in UTF-8, or Latin-1 bytes), and its length in bytes. */
  private held: string | Uint8Array | null = null;
  private heldBytes = 0;
  /** The [start, end) byte ranges of held Latin-1 bytes being read, and the one being read. */
  private ranges: number[] | null = null;
  private range = 0;
  private bytes!: Uint8Array;
  /** The module's count and found pairs, and the next pair to hand out. */
  private words!: Int32Array;
  private found = 0;
  private taken = 0;
  private input!: Uint8Array;

  private constructor(private readonly exports: Exports, klass: Uint8Array, table: Uint8Array, after: Uint8Array, private readonly chunk: number) {
    this.views();
    this.bytes.set(klass.subarray(0, 256), 0);
    this.bytes.set(table, TABLE_AT);
    this.bytes.set(after, NEXT_AT);
  }

  /** The compiled scanner, or null where WebAssembly is unavailable (`chunk`: bytes encoded at a time, for the tests). */
  static create(klass: Uint8Array, table: Uint8Array, after: Uint8Array = ALL, chunk = CHUNK): CompiledWindows | null {
    if (table.length !== 1 << 20 || after.length !== 1 << 20 || chunk < 8 || chunk > CHUNK) throw new Error('ACT and NEXT must have 2^20 entries, a chunk 8 bytes to 1 MiB');
    // After a window ending on a non-ASCII character the compiled loop sees that character's next byte,
    // not the next character: NEXT must keep every act of a window that ends on a non-letter.
    for (let head = 0; head < 1 << 10; head++) {
      for (let c = 0; c < 32; c++) if (after[(head << 10) | c] !== 0xff) throw new Error('NEXT may not drop an act after a non-letter');
    }
    try {
      const code = Uint8Array.from(atob(WASM_BASE64), (c) => c.charCodeAt(0));
      const instance = new WebAssembly.Instance(new WebAssembly.Module(code));
      return new CompiledWindows(instance.exports as unknown as Exports, klass, table, after, chunk);
    } catch {
      return null;
    }
  }

  start(x: string): void {
    this.x = x;
    this.read = 0;
    this.base = 0;
    this.p = this.end = INPUT;
    this.found = this.taken = 0;
    this.held = null;
    this.ranges = null;
    if (x.length > WHOLE || this.chunk < CHUNK) return; // by chunks (`fill`)
    this.room(INPUT + 3 * x.length + SLACK);
    const { read, written } = encoder.encodeInto(x, this.bytes.subarray(INPUT, INPUT + 3 * x.length));
    this.read = read;
    this.end = this.data = INPUT + written;
    this.exports.begin(INPUT, 1, 1);
    if (read === x.length) {
      this.held = x;
      this.heldBytes = written;
    }
  }

  /**
   * Starts reading Latin-1 bytes (one character each: an index is a byte offset), only their [start,
   * end) `ranges` (pairs, in order), as if each followed the one before. The bytes are held whole, to be
   * undone from a byte offset on. False, and nothing started, when they are too long to hold.
   */
  startBytes(raw: Uint8Array, ranges: number[]): boolean {
    if (raw.length > WHOLE || this.chunk < CHUNK || ranges.length < 2) return false;
    this.room(INPUT + raw.length + SLACK);
    this.bytes.set(raw, INPUT);
    this.x = '';
    this.read = this.base = 0;
    this.found = this.taken = 0;
    this.ranges = ranges;
    this.range = 0;
    this.p = INPUT + ranges[0]!;
    this.end = this.data = INPUT + ranges[1]!;
    this.exports.begin(INPUT, 1, 0);
    this.held = raw;
    this.heldBytes = raw.length;
    return true;
  }

  /** Starts reading a view `undo` left in memory. */
  startView(v: UndoneView): void {
    this.x = v.text;
    this.read = v.text.length;
    this.base = 0;
    this.p = v.start;
    this.end = this.data = v.end;
    this.found = this.taken = 0;
    this.held = null;
    this.ranges = null;
    this.exports.begin(v.start, 1, 1);
  }

  next(): number {
    for (;;) {
      if (this.taken < this.found) {
        const k = (FOUND_AT >> 2) + 2 * this.taken++;
        this.act = this.words[k + 1]!;
        return this.base + this.words[k]!;
      }
      if (this.p < this.end) {
        // Up to FOUND_MAX marked windows per call into the module.
        this.p = this.exports.collect(this.p, this.end, FOUND_MAX, this.data);
        this.found = this.words[COUNT_AT >> 2]!;
        this.taken = 0;
        continue;
      }
      if (this.ranges && this.range + 3 < this.ranges.length) {
        this.range += 2;
        this.p = INPUT + this.ranges[this.range]!;
        this.end = this.data = INPUT + this.ranges[this.range + 1]!;
        continue;
      }
      if (!this.fill()) return -1;
    }
  }

  /**
   * The text last started (a string, or the bytes `startBytes` read), from its index `from` on, undone
   * in memory as undo.ts `undoneViews(x.slice(from), what)` does (the same views, in the same order,
   * with the same text; for bytes, x is their Latin-1 decoding), or null when it was not held whole
   * (the caller then undoes it in JavaScript). The text is no longer held after.
   */
  undo(x: string | Uint8Array, what: number, from = 0): UndoneView[] | null {
    if (this.held !== x) return null;
    this.held = null;
    const e = this.exports;
    let start0: number, size: number;
    if (typeof x === 'string') {
      start0 = INPUT + utf8Length(x, from);
      size = INPUT + this.heldBytes - start0;
    } else {
      // Latin-1 bytes: written out as UTF-8 past them first (at most twice as long).
      const n = this.heldBytes - from;
      start0 = (INPUT + this.heldBytes + 16) & ~7;
      this.room(start0 + 2 * n + SLACK);
      size = e.latin1ToUtf8(INPUT + from, INPUT + this.heldBytes, start0) - start0;
    }
    let a = start0 + size;
    if (what & QP) a = e.qpEscapes(start0, e.softBreaks(start0, a, start0), start0);
    const ranges: [number, number][] = [[start0, a]];
    if (what & FLOWED) {
      const b = (a + 8) & ~7, n = a - start0;
      this.room(b + n + SLACK);
      this.bytes.copyWithin(b, start0, a);
      ranges[0]![1] = e.flowed(start0, a, start0, 1);
      ranges.push([b, e.flowed(b, b + n, b, 0)]);
    }
    const out: UndoneView[] = [];
    for (const [start, stop] of ranges) {
      let end = what & HTML ? e.tags(start, stop, start) : stop;
      end = e.references(start, end, start);
      // Every pass only shortens what it changes: a view as long as the text is the text.
      if (end - start < size) out.push({ start, end, text: decoder.decode(this.bytes.subarray(start, end)) });
    }
    return out;
  }

  /** Encodes the next chunk of the text into the module's memory: false at the end. */
  private fill(): boolean {
    if (this.read >= this.x.length) return false;
    const { read, written } = encoder.encodeInto(this.read === 0 ? this.x : this.x.slice(this.read), this.input);
    if (read === 0) return false;
    this.exports.begin(INPUT, this.read === 0 ? 1 : 0, 1);
    this.base = this.read;
    this.p = INPUT;
    this.end = this.data = INPUT + written;
    if (this.read + read < this.x.length) {
      // Not the last chunk: its last character is read again first in the next one, so that the window
      // before it sees it as NEXT's next character, as the JavaScript loop does.
      let lead = this.end - 1;
      while ((this.bytes[lead]! & 0xc0) === 0x80) lead--;
      this.end = lead;
      this.read += read - (this.bytes[lead]! >= 0xf0 ? 2 : 1);
    } else this.read += read;
    return true;
  }

  /** Grows the memory to at least `bytes` (it never shrinks: at most what the longest text held needed). */
  private room(bytes: number): void {
    const have = this.exports.memory.buffer.byteLength;
    if (bytes <= have) return;
    this.exports.memory.grow(Math.ceil((bytes - have) / PAGE));
    this.views();
  }

  private views(): void {
    const buffer = this.exports.memory.buffer;
    this.bytes = new Uint8Array(buffer);
    this.words = new Int32Array(buffer, 0, TABLE_AT >> 2);
    this.input = this.bytes.subarray(INPUT, INPUT + this.chunk);
  }
}
