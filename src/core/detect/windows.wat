;; The prefilter's window scan (prefilter.ts `scan`), compiled: the same loop as its JavaScript fallback,
;; three to four times faster (a byte costs ~1.4 ns instead of ~4 on the bench machine).
;; Built into windows-wasm.ts by `node scripts/wasm.mjs` (wabt); a test checks that file is up to date.
;;
;; Memory (laid out by windows.ts):
;;   0..255            CLASS: the class of each byte (0 for any non-letter and every byte >= 0x80)
;;   256..259          how many marked windows `collect` wrote
;;   1024..4095        what it wrote: the UTF-16 index of the character each ends on, and its act (i32 pairs)
;;   4096..4096+2^20   ACT: what to check where the last four classes are a given 20-bit window
;;   0x101000..+2^20   NEXT: which of those acts hold, by the window's last three classes and the next byte's class
;;   0x210000..        the text, UTF-8 (TextEncoder.encodeInto)
;;
;; The input is UTF-8: the index of a character is worked out where a window is marked, from the
;; last one (`units`). Every byte >= 0x80 is class 0, so a non-ASCII character puts one to four 0s in
;; the window where the JavaScript loop puts one: both loops stop at the same characters with the same
;; act as long as ACT marks windows by tails whose 0s stand first or last (windows.ts `isTail`): one
;; that ends in 0 stops on a character's first byte, never on the bytes after it (they end in 0, 0).
(module
  (memory (export "memory") 50)
  ;; The window (its low 20 bits index ACT), and the last place an index was worked out (address, index).
  (global $w (mut i32) (i32.const 0))
  (global $lastP (mut i32) (i32.const 0))
  (global $lastIndex (mut i32) (i32.const 0))
  (global $utf8 (mut i32) (i32.const 1))

  ;; A new chunk of text at `origin`; `fresh` = 1 starts a new text (the window empties).
  ;; `utf8` = 0: the text is Latin-1, one byte per character.
  (func (export "begin") (param $origin i32) (param $fresh i32) (param $utf8 i32)
    (global.set $lastP (local.get $origin))
    (global.set $lastIndex (i32.const 0))
    (global.set $utf8 (local.get $utf8))
    (if (local.get $fresh) (then (global.set $w (i32.const 0)))))

  ;; UTF-16 units of the characters whose first byte is in [p, end): bytes, less continuation bytes
  ;; (10xxxxxx), plus one per 4-byte lead (11110xxx: two units), 16 bytes at a time.
  (func $units (param $p i32) (param $end i32) (result i32)
    (local $n i32) (local $v v128) (local $b i32)
    (local.set $n (i32.sub (local.get $end) (local.get $p)))
    (if (i32.eqz (global.get $utf8)) (then (return (local.get $n))))
    (block $tail
      (loop $block
        (br_if $tail (i32.gt_u (i32.add (local.get $p) (i32.const 16)) (local.get $end)))
        (local.set $v (v128.load (local.get $p)))
        (local.set $n
          (i32.add
            (i32.sub (local.get $n)
              (i32.popcnt (i8x16.bitmask (i8x16.eq (v128.and (local.get $v) (i8x16.splat (i32.const 0xc0))) (i8x16.splat (i32.const 0x80))))))
            (i32.popcnt (i8x16.bitmask (i8x16.ge_u (local.get $v) (i8x16.splat (i32.const 0xf0)))))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $block)))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $b (i32.load8_u (local.get $p)))
        (if (i32.eq (i32.and (local.get $b) (i32.const 0xc0)) (i32.const 0x80))
          (then (local.set $n (i32.sub (local.get $n) (i32.const 1)))))
        (if (i32.ge_u (local.get $b) (i32.const 0xf0))
          (then (local.set $n (i32.add (local.get $n) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $byte)))
    (local.get $n))

  ;; The marked windows from `p` (before `end`), up to `max` of them: each as two i32 at 1024 + 8k, the
  ;; UTF-16 index (from the chunk's origin) of the character it ends on, then its act (what NEXT keeps
  ;; of it given the next byte, when there is one before `data`); their number at 256. Returns where to
  ;; go on from (`end` once the text is read).
  (func (export "collect") (param $p i32) (param $end i32) (param $max i32) (param $data i32) (result i32)
    (local $w i32) (local $act i32) (local $index i32) (local $v i32) (local $w1 i32) (local $w2 i32) (local $w3 i32)
    (local $stop i32) (local $out i32) (local $limit i32)
    (local.set $w (global.get $w))
    (local.set $out (i32.const 1024))
    (local.set $limit (i32.add (i32.const 1024) (i32.shl (local.get $max) (i32.const 3))))
    (block $done
      (loop $quad
        ;; Four bytes at a time while no window among them is marked; else byte by byte through the four.
        (if (i32.le_u (i32.add (local.get $p) (i32.const 4)) (local.get $end))
          (then
            (local.set $v (i32.load (local.get $p)))
            (local.set $w1 (i32.or (i32.shl (local.get $w) (i32.const 5)) (i32.load8_u (i32.and (local.get $v) (i32.const 0xff)))))
            (local.set $w2 (i32.or (i32.shl (local.get $w1) (i32.const 5)) (i32.load8_u (i32.and (i32.shr_u (local.get $v) (i32.const 8)) (i32.const 0xff)))))
            (local.set $w3 (i32.or (i32.shl (local.get $w2) (i32.const 5)) (i32.load8_u (i32.and (i32.shr_u (local.get $v) (i32.const 16)) (i32.const 0xff)))))
            (local.set $v (i32.or (i32.shl (local.get $w3) (i32.const 5)) (i32.load8_u (i32.shr_u (local.get $v) (i32.const 24)))))
            (if (i32.eqz
                  (i32.or
                    (i32.or
                      (i32.load8_u offset=4096 (i32.and (local.get $w1) (i32.const 0xfffff)))
                      (i32.load8_u offset=4096 (i32.and (local.get $w2) (i32.const 0xfffff))))
                    (i32.or
                      (i32.load8_u offset=4096 (i32.and (local.get $w3) (i32.const 0xfffff)))
                      (i32.load8_u offset=4096 (i32.and (local.get $v) (i32.const 0xfffff))))))
              (then
                (local.set $w (local.get $v))
                (local.set $p (i32.add (local.get $p) (i32.const 4)))
                (br $quad)))))
        (local.set $stop (i32.add (local.get $p) (i32.const 4)))
        (if (i32.gt_u (local.get $stop) (local.get $end)) (then (local.set $stop (local.get $end))))
        (block $four
          (loop $byte
            (br_if $four (i32.ge_u (local.get $p) (local.get $stop)))
            (local.set $w (i32.or (i32.shl (local.get $w) (i32.const 5)) (i32.load8_u (i32.load8_u (local.get $p)))))
            (local.set $act (i32.load8_u offset=4096 (i32.and (local.get $w) (i32.const 0xfffff))))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (if (i32.and (i32.ne (local.get $act) (i32.const 0)) (i32.lt_u (local.get $p) (local.get $data)))
              (then
                (local.set $act
                  (i32.and (local.get $act)
                    (i32.load8_u offset=0x101000
                      (i32.or
                        (i32.shl (i32.and (local.get $w) (i32.const 0x7fff)) (i32.const 5))
                        (i32.load8_u (i32.load8_u (local.get $p)))))))))
            (if (local.get $act)
              (then
                (local.set $index (i32.add (global.get $lastIndex) (call $units (global.get $lastP) (i32.sub (local.get $p) (i32.const 1)))))
                (global.set $lastP (i32.sub (local.get $p) (i32.const 1)))
                (global.set $lastIndex (local.get $index))
                (i32.store (local.get $out) (local.get $index))
                (i32.store offset=4 (local.get $out) (local.get $act))
                (local.set $out (i32.add (local.get $out) (i32.const 8)))
                (br_if $done (i32.ge_u (local.get $out) (local.get $limit)))))
            (br $byte)))
        (br_if $quad (i32.lt_u (local.get $p) (local.get $end)))))
    (global.set $w (local.get $w))
    (i32.store (i32.const 256) (i32.shr_u (i32.sub (local.get $out) (i32.const 1024)) (i32.const 3)))
    (local.get $p))

  ;; ---- What the mail reader undoes (undo.ts `undoneViews`), on UTF-8 text, in place: each pass only
  ;; shortens the text, and reads ahead of where it writes. Each takes the text [p, end) and where to
  ;; write (`out` <= p), and returns the end of what it wrote. Every byte a pass looks for is ASCII, so a
  ;; character of two to four bytes goes through untouched, as the one character it is in JavaScript.
  ;; Each pass jumps from one byte it acts on to the next 16 bytes at a time (SIMD), moving what lies
  ;; between in one copy.

  ;; The first `b` at or after `p` (before `end`), or `end`.
  (func $skip (param $p i32) (param $end i32) (param $b i32) (result i32)
    (local $splat v128) (local $m i32)
    (local.set $splat (i8x16.splat (local.get $b)))
    (block $tail
      (loop $block
        (br_if $tail (i32.gt_u (i32.add (local.get $p) (i32.const 16)) (local.get $end)))
        (local.set $m (i8x16.bitmask (i8x16.eq (v128.load (local.get $p)) (local.get $splat))))
        (if (local.get $m) (then (return (i32.add (local.get $p) (i32.ctz (local.get $m))))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $block)))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (br_if $done (i32.eq (i32.load8_u (local.get $p)) (local.get $b)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $byte)))
    (local.get $p))

;; The first '>', '"' or "'" at or after `p` (before `end`), or `end`.
  (func $skipToTagEnd (param $p i32) (param $end i32) (result i32)
    (local $v v128) (local $m i32) (local $c i32)
    (block $tail
      (loop $block
        (br_if $tail (i32.gt_u (i32.add (local.get $p) (i32.const 16)) (local.get $end)))
        (local.set $v (v128.load (local.get $p)))
        (local.set $m
          (i8x16.bitmask
            (v128.or
              (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x3e)))
              (v128.or
                (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x22)))
                (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x27)))))))
        (if (local.get $m) (then (return (i32.add (local.get $p) (i32.ctz (local.get $m))))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $block)))
    (block $done
      (loop $byte
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br_if $done (i32.or (i32.eq (local.get $c) (i32.const 0x3e)) (i32.or (i32.eq (local.get $c) (i32.const 0x22)) (i32.eq (local.get $c) (i32.const 0x27)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $byte)))
    (local.get $p))

    ;; [p, q) moved to `out` (out <= p): where the moved bytes end.
  (func $move (param $out i32) (param $p i32) (param $q i32) (result i32)
    (if (i32.ne (local.get $out) (local.get $p))
      (then (memory.copy (local.get $out) (local.get $p) (i32.sub (local.get $q) (local.get $p)))))
    (i32.add (local.get $out) (i32.sub (local.get $q) (local.get $p))))

  ;; Latin-1 text [p, end) written as UTF-8 at `out` (a region of its own: it may grow to twice as
  ;; long), 16 ASCII bytes at a time: where it ends.
  (func (export "latin1ToUtf8") (param $p i32) (param $end i32) (param $out i32) (result i32)
    (local $v v128) (local $b i32)
    (block $done
      (loop $next
        (if (i32.le_u (i32.add (local.get $p) (i32.const 16)) (local.get $end))
          (then
            (local.set $v (v128.load (local.get $p)))
            (if (i32.eqz (i8x16.bitmask (local.get $v)))
              (then
                (v128.store (local.get $out) (local.get $v))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (local.set $out (i32.add (local.get $out) (i32.const 16)))
                (br $next)))))
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $b (i32.load8_u (local.get $p)))
        (local.set $out (call $put (local.get $out) (local.get $b)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $out))

  ;; Quoted-printable soft line breaks: "=\r\n" and "=\n" removed.
  (func (export "softBreaks") (param $p i32) (param $end i32) (param $out i32) (result i32)
    (local $q i32)
    (block $done
      (loop $next
        (local.set $q (call $skip (local.get $p) (local.get $end) (i32.const 0x3d)))
        (local.set $out (call $move (local.get $out) (local.get $p) (local.get $q)))
        (local.set $p (local.get $q))
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        ;; at "="
        (if (i32.lt_u (i32.add (local.get $p) (i32.const 1)) (local.get $end))
          (then
            (if (i32.eq (i32.load8_u offset=1 (local.get $p)) (i32.const 0x0a))
              (then (local.set $p (i32.add (local.get $p) (i32.const 2))) (br $next)))))
        (if (i32.lt_u (i32.add (local.get $p) (i32.const 2)) (local.get $end))
          (then
            (if (i32.eq (i32.load16_u offset=1 (local.get $p)) (i32.const 0x0a0d)) ;; "\r\n"
              (then (local.set $p (i32.add (local.get $p) (i32.const 3))) (br $next)))))
        (i32.store8 (local.get $out) (i32.const 0x3d))
        (local.set $out (i32.add (local.get $out) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $out))

  ;; A hexadecimal digit's value, -1 for any other byte.
  (func $hex (param $c i32) (result i32)
    (if (i32.lt_u (i32.sub (local.get $c) (i32.const 0x30)) (i32.const 10))
      (then (return (i32.sub (local.get $c) (i32.const 0x30)))))
    (local.set $c (i32.or (local.get $c) (i32.const 0x20)))
    (if (i32.lt_u (i32.sub (local.get $c) (i32.const 0x61)) (i32.const 6))
      (then (return (i32.sub (local.get $c) (i32.const 0x57)))))
    (i32.const -1))

  ;; A character written in UTF-8 at `out` (a surrogate as U+FFFD): where it ends.
  (func $put (param $out i32) (param $c i32) (result i32)
    (if (i32.lt_u (local.get $c) (i32.const 0x80))
      (then (i32.store8 (local.get $out) (local.get $c)) (return (i32.add (local.get $out) (i32.const 1)))))
    (if (i32.lt_u (local.get $c) (i32.const 0x800))
      (then
        (i32.store8 (local.get $out) (i32.or (i32.const 0xc0) (i32.shr_u (local.get $c) (i32.const 6))))
        (i32.store8 offset=1 (local.get $out) (i32.or (i32.const 0x80) (i32.and (local.get $c) (i32.const 0x3f))))
        (return (i32.add (local.get $out) (i32.const 2)))))
    (if (i32.lt_u (i32.sub (local.get $c) (i32.const 0xd800)) (i32.const 0x800))
      (then (local.set $c (i32.const 0xfffd))))
    (if (i32.lt_u (local.get $c) (i32.const 0x10000))
      (then
        (i32.store8 (local.get $out) (i32.or (i32.const 0xe0) (i32.shr_u (local.get $c) (i32.const 12))))
        (i32.store8 offset=1 (local.get $out) (i32.or (i32.const 0x80) (i32.and (i32.shr_u (local.get $c) (i32.const 6)) (i32.const 0x3f))))
        (i32.store8 offset=2 (local.get $out) (i32.or (i32.const 0x80) (i32.and (local.get $c) (i32.const 0x3f))))
        (return (i32.add (local.get $out) (i32.const 3)))))
    (i32.store8 (local.get $out) (i32.or (i32.const 0xf0) (i32.shr_u (local.get $c) (i32.const 18))))
    (i32.store8 offset=1 (local.get $out) (i32.or (i32.const 0x80) (i32.and (i32.shr_u (local.get $c) (i32.const 12)) (i32.const 0x3f))))
    (i32.store8 offset=2 (local.get $out) (i32.or (i32.const 0x80) (i32.and (i32.shr_u (local.get $c) (i32.const 6)) (i32.const 0x3f))))
    (i32.store8 offset=3 (local.get $out) (i32.or (i32.const 0x80) (i32.and (local.get $c) (i32.const 0x3f))))
    (i32.add (local.get $out) (i32.const 4)))

  ;; Quoted-printable escapes: "=XX" becomes the character U+00XX (JavaScript reads the bytes as Latin-1),
  ;; any other "=" stays.
  (func (export "qpEscapes") (param $p i32) (param $end i32) (param $out i32) (result i32)
    (local $q i32) (local $hi i32) (local $lo i32)
    (block $done
      (loop $next
        (local.set $q (call $skip (local.get $p) (local.get $end) (i32.const 0x3d)))
        (local.set $out (call $move (local.get $out) (local.get $p) (local.get $q)))
        (local.set $p (local.get $q))
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        ;; at "="
        (if (i32.lt_u (i32.add (local.get $p) (i32.const 2)) (local.get $end))
          (then
            (local.set $hi (call $hex (i32.load8_u offset=1 (local.get $p))))
            (local.set $lo (call $hex (i32.load8_u offset=2 (local.get $p))))
            (if (i32.and (i32.ge_s (local.get $hi) (i32.const 0)) (i32.ge_s (local.get $lo) (i32.const 0)))
              (then
                (local.set $out (call $put (local.get $out) (i32.or (i32.shl (local.get $hi) (i32.const 4)) (local.get $lo))))
                (local.set $p (i32.add (local.get $p) (i32.const 3)))
                (br $next)))))
        (i32.store8 (local.get $out) (i32.const 0x3d))
        (local.set $out (i32.add (local.get $out) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $out))

  ;; format=flowed joins: " \r?\n" and the quote marks after it ("> ", ">") become one space (`space`
  ;; = 1) or nothing (delsp=yes). Found from their "\n": the " " or " \r" before it are then the last
  ;; bytes written, if they were copied since the last join (`since`); a join takes them back.
  (func (export "flowed") (param $p i32) (param $end i32) (param $out i32) (param $space i32) (result i32)
    (local $q i32) (local $since i32) (local $back i32)
    (local.set $since (local.get $out))
    (block $done
      (loop $next
        (local.set $q (call $skip (local.get $p) (local.get $end) (i32.const 0x0a)))
        (local.set $out (call $move (local.get $out) (local.get $p) (local.get $q)))
        (local.set $p (local.get $q))
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        ;; at "\n": how many bytes before it belong to a join (0: none)
        (local.set $back (i32.const 0))
        (if (i32.ge_u (i32.sub (local.get $out) (i32.const 1)) (local.get $since))
          (then
            (if (i32.ne (local.get $out) (local.get $since))
              (then
                (if (i32.eq (i32.load8_u offset=0 (i32.sub (local.get $out) (i32.const 1))) (i32.const 0x20))
                  (then (local.set $back (i32.const 1)))
                  (else
                    (if (i32.ge_u (i32.sub (local.get $out) (local.get $since)) (i32.const 2))
                      (then
                        (if (i32.eq (i32.load16_u (i32.sub (local.get $out) (i32.const 2))) (i32.const 0x0d20)) ;; " \r"
                          (then (local.set $back (i32.const 2))))))))))))
        (if (local.get $back)
          (then
            (local.set $out (i32.sub (local.get $out) (local.get $back)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (block $marks
              (loop $mark
                (br_if $marks (i32.ge_u (local.get $p) (local.get $end)))
                (br_if $marks (i32.ne (i32.load8_u (local.get $p)) (i32.const 0x3e)))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (if (i32.lt_u (local.get $p) (local.get $end))
                  (then
                    (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 0x20))
                      (then (local.set $p (i32.add (local.get $p) (i32.const 1)))))))
                (br $mark)))
            (if (local.get $space)
              (then
                (i32.store8 (local.get $out) (i32.const 0x20))
                (local.set $out (i32.add (local.get $out) (i32.const 1)))))
            (local.set $since (local.get $out))
            (br $next)))
        (i32.store8 (local.get $out) (i32.const 0x0a))
        (local.set $out (i32.add (local.get $out) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $out))

  ;; Where the tag or comment that starts at `p` (a "<") ends, as undo.ts TAG matches it; -1 if none.
  ;; TAG: <!--[\s\S]*?--> | <[!?][^>]*> | <\/?[a-z][a-z0-9:-]{0,40}(?:[^>"']|"[^"]*"|'[^']*')*>  (i)
  ;; The third: after the first letter, any byte but > " ' goes, a quote jumps to the next same quote
  ;; (none: no match), and the first > outside quotes ends it (none: no match).
  (func $tagEnd (param $p i32) (param $end i32) (result i32)
    (local $k i32) (local $c i32)
    (if (i32.lt_u (i32.add (local.get $p) (i32.const 3)) (local.get $end))
      (then
        (if (i32.eq (i32.load offset=0 (local.get $p)) (i32.const 0x2d2d213c)) ;; "<!--"
          (then
            (local.set $k (i32.add (local.get $p) (i32.const 4)))
            (block $none
              (loop $search
                (local.set $k (call $skip (local.get $k) (local.get $end) (i32.const 0x3e)))
                (br_if $none (i32.ge_u (local.get $k) (local.get $end)))
                (if (i32.ge_u (i32.sub (local.get $k) (local.get $p)) (i32.const 6))
                  (then
                    (if (i32.eq (i32.load16_u (i32.sub (local.get $k) (i32.const 2))) (i32.const 0x2d2d)) ;; "--" before ">"
                      (then (return (i32.add (local.get $k) (i32.const 1)))))))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $search)))))))
    (if (i32.ge_u (i32.add (local.get $p) (i32.const 1)) (local.get $end)) (then (return (i32.const -1))))
    (local.set $c (i32.load8_u offset=1 (local.get $p)))
    (if (i32.or (i32.eq (local.get $c) (i32.const 0x21)) (i32.eq (local.get $c) (i32.const 0x3f)))
      (then
        (local.set $k (call $skip (i32.add (local.get $p) (i32.const 2)) (local.get $end) (i32.const 0x3e)))
        (return (select (i32.const -1) (i32.add (local.get $k) (i32.const 1)) (i32.ge_u (local.get $k) (local.get $end))))))
    (local.set $k (i32.add (local.get $p) (i32.const 1)))
    (if (i32.eq (local.get $c) (i32.const 0x2f)) (then (local.set $k (i32.add (local.get $k) (i32.const 1)))))
    (if (i32.ge_u (local.get $k) (local.get $end)) (then (return (i32.const -1))))
    (if (i32.ge_u (i32.sub (i32.or (i32.load8_u (local.get $k)) (i32.const 0x20)) (i32.const 0x61)) (i32.const 26))
      (then (return (i32.const -1))))
    (local.set $k (i32.add (local.get $k) (i32.const 1)))
    (loop $attr
      (local.set $k (call $skipToTagEnd (local.get $k) (local.get $end)))
      (if (i32.ge_u (local.get $k) (local.get $end)) (then (return (i32.const -1))))
      (local.set $c (i32.load8_u (local.get $k)))
      (if (i32.eq (local.get $c) (i32.const 0x3e)) (then (return (i32.add (local.get $k) (i32.const 1)))))
      (if (i32.or (i32.eq (local.get $c) (i32.const 0x22)) (i32.eq (local.get $c) (i32.const 0x27)))
        (then
          (local.set $k (call $skip (i32.add (local.get $k) (i32.const 1)) (local.get $end) (local.get $c)))
          (if (i32.ge_u (local.get $k) (local.get $end)) (then (return (i32.const -1))))))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br $attr))
    (i32.const -1))

  ;; HTML tags and comments removed.
  (func (export "tags") (param $p i32) (param $end i32) (param $out i32) (result i32)
    (local $q i32) (local $e i32)
    (block $done
      (loop $next
        (local.set $q (call $skip (local.get $p) (local.get $end) (i32.const 0x3c)))
        (local.set $out (call $move (local.get $out) (local.get $p) (local.get $q)))
        (local.set $p (local.get $q))
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $e (call $tagEnd (local.get $p) (local.get $end)))
        (if (i32.ge_s (local.get $e) (i32.const 0))
          (then (local.set $p (local.get $e)) (br $next)))
        (i32.store8 (local.get $out) (i32.const 0x3c))
        (local.set $out (i32.add (local.get $out) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $out))

  ;; Numeric character references: "&#" then "x" and 1-6 hexadecimal digits, or 1-7 decimal digits, then
  ;; an optional ";", become their character (none for 0 or past U+10FFFF, U+FFFD for a surrogate).
  (func (export "references") (param $p i32) (param $end i32) (param $out i32) (result i32)
    (local $q i32) (local $j i32) (local $n i32) (local $d i32) (local $code i32)
    (block $done
      (loop $next
        (local.set $q (call $skip (local.get $p) (local.get $end) (i32.const 0x26)))
        (local.set $out (call $move (local.get $out) (local.get $p) (local.get $q)))
        (local.set $p (local.get $q))
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        ;; at "&"
        (if (i32.lt_u (i32.add (local.get $p) (i32.const 2)) (local.get $end))
          (then
            (if (i32.eq (i32.load8_u offset=1 (local.get $p)) (i32.const 0x23))
              (then
                (local.set $j (i32.add (local.get $p) (i32.const 2)))
                (local.set $code (i32.const 0))
                (local.set $n (i32.const 0))
                (if (i32.eq (i32.or (i32.load8_u (local.get $j)) (i32.const 0x20)) (i32.const 0x78))
                  (then
                    (local.set $j (i32.add (local.get $j) (i32.const 1)))
                    (block $digits
                      (loop $digit
                        (br_if $digits (i32.ge_u (local.get $j) (local.get $end)))
                        (br_if $digits (i32.ge_u (local.get $n) (i32.const 6)))
                        (local.set $d (call $hex (i32.load8_u (local.get $j))))
                        (br_if $digits (i32.lt_s (local.get $d) (i32.const 0)))
                        (local.set $code (i32.or (i32.shl (local.get $code) (i32.const 4)) (local.get $d)))
                        (local.set $n (i32.add (local.get $n) (i32.const 1)))
                        (local.set $j (i32.add (local.get $j) (i32.const 1)))
                        (br $digit))))
                  (else
                    (block $digits
                      (loop $digit
                        (br_if $digits (i32.ge_u (local.get $j) (local.get $end)))
                        (br_if $digits (i32.ge_u (local.get $n) (i32.const 7)))
                        (local.set $d (i32.sub (i32.load8_u (local.get $j)) (i32.const 0x30)))
                        (br_if $digits (i32.ge_u (local.get $d) (i32.const 10)))
                        (local.set $code (i32.add (i32.mul (local.get $code) (i32.const 10)) (local.get $d)))
                        (local.set $n (i32.add (local.get $n) (i32.const 1)))
                        (local.set $j (i32.add (local.get $j) (i32.const 1)))
                        (br $digit)))))
                (if (local.get $n)
                  (then
                    (if (i32.lt_u (local.get $j) (local.get $end))
                      (then
                        (if (i32.eq (i32.load8_u (local.get $j)) (i32.const 0x3b))
                          (then (local.set $j (i32.add (local.get $j) (i32.const 1)))))))
                    (if (i32.and (i32.gt_s (local.get $code) (i32.const 0)) (i32.le_s (local.get $code) (i32.const 0x10ffff)))
                      (then (local.set $out (call $put (local.get $out) (local.get $code)))))
                    (local.set $p (local.get $j))
                    (br $next)))))))
        (i32.store8 (local.get $out) (i32.const 0x26))
        (local.set $out (i32.add (local.get $out) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $out)))
