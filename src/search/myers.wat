;; Myers's bit-vector approximate matching (Myers 1999), for could-match.ts: is some stretch of a
;; document within k edits of a word of at most 32 letters?
;;
;; Why WebAssembly: the same loop in JavaScript runs in V8's interpreter until the JIT has watched it
;; for a while, and a search of a small corpus is over by then: on the shipped corpus the JavaScript
;; scan took 5-9 ms a query, this one under 1 ms with compiling it. V8 compiles a module this small
;; in well under a millisecond, straight to machine code.
;;
;; Memory: bytes [0, 262144) hold Peq, one i32 per UTF-16 code unit: bit i is set when the word's
;; letter i is that unit (the caller sets the word's entries and clears them after). Documents are
;; UTF-16 code units from byte 262144 on, written there by the caller.
;;
;; scripts/build-wasm.mjs compiles this file into myers-wasm.ts; test/could-match.test.ts checks that
;; the two agree.
(module
  (memory (export "memory") 5)

  ;; 1 when the UTF-16 units at byte addresses [from, to) hold a stretch within $k edits of the word
  ;; of $m letters whose Peq is in place, else 0. A "İ" (U+0130) answers 1 at once: fold.ts leaves the
  ;; case of a document holding one alone, so the folded word may match letters of another case.
  (func (export "near") (param $from i32) (param $to i32) (param $m i32) (param $k i32) (result i32)
    (local $c i32) (local $eq i32) (local $pv i32) (local $mv i32) (local $xv i32) (local $xh i32)
    (local $ph i32) (local $mh i32) (local $score i32) (local $last i32)
    (local.set $pv (i32.const -1))
    (local.set $score (local.get $m))
    (local.set $last (i32.shl (i32.const 1) (i32.sub (local.get $m) (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
        (local.set $c (i32.load16_u (local.get $from)))
        (if (i32.eq (local.get $c) (i32.const 0x130)) (then (return (i32.const 1))))
        (local.set $eq (i32.load (i32.shl (local.get $c) (i32.const 2))))
        (local.set $xv (i32.or (local.get $eq) (local.get $mv)))
        (local.set $xh
          (i32.or
            (i32.xor (i32.add (i32.and (local.get $eq) (local.get $pv)) (local.get $pv)) (local.get $pv))
            (local.get $eq)))
        (local.set $ph (i32.or (local.get $mv) (i32.xor (i32.or (local.get $xh) (local.get $pv)) (i32.const -1))))
        (local.set $mh (i32.and (local.get $pv) (local.get $xh)))
        ;; The last row's score: the edit distance of the best stretch ending here.
        (if (i32.and (local.get $ph) (local.get $last))
          (then (local.set $score (i32.add (local.get $score) (i32.const 1))))
          (else
            (if (i32.and (local.get $mh) (local.get $last))
              (then (local.set $score (i32.sub (local.get $score) (i32.const 1)))))))
        ;; A match may start anywhere: the row above the word is all zeros, so nothing shifts in.
        (local.set $ph (i32.shl (local.get $ph) (i32.const 1)))
        (local.set $mh (i32.shl (local.get $mh) (i32.const 1)))
        (local.set $pv (i32.or (local.get $mh) (i32.xor (i32.or (local.get $xv) (local.get $ph)) (i32.const -1))))
        (local.set $mv (i32.and (local.get $ph) (local.get $xv)))
        (if (i32.le_s (local.get $score) (local.get $k)) (then (return (i32.const 1))))
        (local.set $from (i32.add (local.get $from) (i32.const 2)))
        (br $next)))
    (i32.const 0))
)
