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

/** The loop in JavaScript (the reference). */
export class ScriptWindows implements Windows {
  act = 0;
  private x = '';
  private i = 0;
  private w = 0;
  constructor(private readonly klass: Uint8Array, private readonly table: Uint8Array) {}

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
      const act = table[w]!;
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

// The module's memory, as windows.wat lays it out; SLACK: bytes the passes may read past a text's end.
const ACT_AT = 256, INDEX_AT = 260, TABLE_AT = 4096, INPUT = 0x110000, CHUNK = 1 << 20, SLACK = 16, PAGE = 65536;
/** Texts up to this many UTF-16 units are held whole in memory (and can be undone there): 4 Mi, 24 MiB of memory at most. */
const WHOLE = 4 << 20;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

interface Exports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  begin(origin: number, fresh: number): void;
  next(p: number, end: number): number;
  softBreaks(p: number, end: number, out: number): number;
  qpEscapes(p: number, end: number, out: number): number;
  flowed(p: number, end: number, out: number, space: number): number;
  tags(p: number, end: number, out: number): number;
  references(p: number, end: number, out: number): number;
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
  /** The text held whole at INPUT, and its length in bytes. */
  private held: string | null = null;
  private heldBytes = 0;
  private bytes!: Uint8Array;
  private index!: Int32Array;
  private input!: Uint8Array;

  private constructor(private readonly exports: Exports, klass: Uint8Array, table: Uint8Array, private readonly chunk: number) {
    this.views();
    this.bytes.set(klass.subarray(0, 256), 0);
    this.bytes.set(table, TABLE_AT);
  }

  /** The compiled scanner, or null where WebAssembly is unavailable (`chunk`: bytes encoded at a time, for the tests). */
  static create(klass: Uint8Array, table: Uint8Array, chunk = CHUNK): CompiledWindows | null {
    if (table.length !== 1 << 20 || chunk < 4 || chunk > CHUNK) throw new Error('ACT must have 2^20 entries, a chunk 4 bytes to 1 MiB');
    try {
      const code = Uint8Array.from(atob(WASM_BASE64), (c) => c.charCodeAt(0));
      const instance = new WebAssembly.Instance(new WebAssembly.Module(code));
      return new CompiledWindows(instance.exports as unknown as Exports, klass, table, chunk);
    } catch {
      return null;
    }
  }

  start(x: string): void {
    this.x = x;
    this.read = 0;
    this.base = 0;
    this.p = this.end = INPUT;
    this.held = null;
    if (x.length > WHOLE || this.chunk < CHUNK) return; // by chunks (`fill`)
    this.room(INPUT + 3 * x.length + SLACK);
    const { read, written } = encoder.encodeInto(x, this.bytes.subarray(INPUT, INPUT + 3 * x.length));
    this.read = read;
    this.end = INPUT + written;
    this.exports.begin(INPUT, 1);
    if (read === x.length) {
      this.held = x;
      this.heldBytes = written;
    }
  }

  /** Starts reading a view `undo` left in memory. */
  startView(v: UndoneView): void {
    this.x = v.text;
    this.read = v.text.length;
    this.base = 0;
    this.p = v.start;
    this.end = v.end;
    this.held = null;
    this.exports.begin(v.start, 1);
  }

  next(): number {
    for (;;) {
      if (this.p < this.end) {
        const at = this.exports.next(this.p, this.end);
        if (at < this.end) {
          this.p = at + 1;
          this.act = this.bytes[ACT_AT]!;
          return this.base + this.index[0]!;
        }
        this.p = this.end;
      }
      if (!this.fill()) return -1;
    }
  }

  /**
   * The text last started, undone in memory as undo.ts `undoneViews(x, what)` does (the same views, in
   * the same order, with the same text), or null when it was not held whole (the caller then undoes it
   * in JavaScript). The text is no longer held after.
   */
  undo(x: string, what: number): UndoneView[] | null {
    if (this.held !== x) return null;
    this.held = null;
    const e = this.exports, size = this.heldBytes;
    let a = INPUT + size;
    if (what & QP) a = e.qpEscapes(INPUT, e.softBreaks(INPUT, a, INPUT), INPUT);
    const ranges: [number, number][] = [[INPUT, a]];
    if (what & FLOWED) {
      const b = (a + 8) & ~7, n = a - INPUT;
      this.room(b + n + SLACK);
      this.bytes.copyWithin(b, INPUT, a);
      ranges[0]![1] = e.flowed(INPUT, a, INPUT, 1);
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
    this.exports.begin(INPUT, this.read === 0 ? 1 : 0);
    this.base = this.read;
    this.read += read;
    this.p = INPUT;
    this.end = INPUT + written;
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
    this.index = new Int32Array(buffer, INDEX_AT, 1);
    this.input = this.bytes.subarray(INPUT, INPUT + this.chunk);
  }
}
