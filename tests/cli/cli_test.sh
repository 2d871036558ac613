#!/usr/bin/env bash
# The CLI end to end: usage, exit codes, files and stdin, JSON lines (with a bad line).
set -euo pipefail
lede="$1"
shared="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
json_ok() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for (const l of s.split("\n").filter(Boolean)) JSON.parse(l)})'; }

"$lede" --help | grep -q "usage: lede analyze" || fail "--help"
set +e
"$lede" analyze --bogus >/dev/null 2>&1; [ $? = 2 ] || fail "unknown option must exit 2"
"$lede" analyze "$tmp/missing.txt" >/dev/null 2>"$tmp/err"; [ $? = 3 ] || fail "unreadable file must exit 3"
set -e
grep -q "cannot read" "$tmp/err" || fail "unreadable file message"

printf 'One sentence here. Another one there.\n' > "$tmp/a.txt"
"$lede" analyze "$tmp/a.txt" > "$tmp/a.json"
json_ok < "$tmp/a.json"
node -e 'const r=require(process.argv[1]); if (r.sentences.length!==2) throw new Error("sentences "+r.sentences.length)' "$tmp/a.json"
"$lede" analyze - < "$tmp/a.txt" | cmp - "$tmp/a.json" || fail "stdin and file differ"

if [ -f "$shared/seed/article.txt" ]; then
  "$lede" analyze "$shared/seed/article.txt" | json_ok
fi

# JSON lines: ids carried, order kept, a bad line answered with an error and the stream goes on.
{
  echo '{"id": 1, "text": "First article. Two sentences."}'
  echo 'not json'
  echo '{"id": "b", "html": "<p>Second article.</p>"}'
  echo '{"id": 3}'
} > "$tmp/in.jsonl"
"$lede" analyze --jsonl < "$tmp/in.jsonl" > "$tmp/out.jsonl"
json_ok < "$tmp/out.jsonl"
[ "$(wc -l < "$tmp/out.jsonl")" = 4 ] || fail "one output line per input line"
node -e '
const lines=require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n").map(JSON.parse);
if (lines[0].id!==1 || !lines[0].sentences) throw new Error("line 1");
if (!lines[1].error) throw new Error("line 2 must be an error");
if (lines[2].id!=="b" || !lines[2].text.includes("Second article.")) throw new Error("line 3");
if (lines[3].id!==3 || lines[3].error.code!=="invalid_argument") throw new Error("line 4");
' "$tmp/out.jsonl"
"$lede" analyze --jsonl --threads 2 < "$tmp/in.jsonl" | cmp - "$tmp/out.jsonl" || fail "--threads changes output"
# Lines longer than the reader's 64 KB block, CRLF endings, blank lines, and a last line
# without a newline: each line still gets exactly its own result.
node -e '
const long = "The European Union imposed sanctions on Russia. ".repeat(3000);
process.stdout.write(JSON.stringify({id: "long", text: long}) + "\r\n\n" + JSON.stringify({id: "last", text: "Short one."}));
' > "$tmp/long.jsonl"
"$lede" analyze --jsonl "$tmp/long.jsonl" > "$tmp/long.out"
node -e '
const lines=require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n").map(JSON.parse);
if (lines.length!==2 || lines[0].id!=="long" || lines[1].id!=="last") throw new Error("long lines: "+lines.map(l=>l.id));
if (lines[0].text.length<140000) throw new Error("long text cut: "+lines[0].text.length);
' "$tmp/long.out"
# Beyond one machine: the JSON-lines stream is what GNU parallel --pipe (and a cluster engine's
# pipe operator: Spark RDD.pipe, Hadoop streaming) hands a worker: lines in, the same lines'
# results out. Split into chunks of two lines, run as separate processes, kept in order (-k).
if command -v parallel >/dev/null; then
  parallel --will-cite --pipe -k -N 2 -j 2 "$lede" analyze --jsonl < "$tmp/in.jsonl" | cmp - "$tmp/out.jsonl" \
    || fail "GNU parallel --pipe changes output"
fi
# Legacy charsets: windows-1252 declared by <meta charset>, and a UTF-16 BOM, are decoded.
printf '<html><head><meta charset="windows-1252"><title>t</title></head><body><p>Caf\xe9 owners said \x93no\x94 to the \x80 plan.</p></body></html>' > "$tmp/cp1252.html"
"$lede" analyze --input html "$tmp/cp1252.html" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s); if (!r.text.includes("Café owners said \u201cno\u201d to the \u20ac plan.")) throw new Error("cp1252: "+r.text); if (r.warnings.length) throw new Error("no repair expected")})'
printf '\xff\xfeH\x00i\x00.\x00' > "$tmp/utf16.txt"
"$lede" analyze "$tmp/utf16.txt" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{if (JSON.parse(s).text!=="Hi.") throw new Error("utf-16")})'
# Invalid UTF-8 without a declaration is repaired and reported, not decoded as something else.
printf 'Caf\xe9 au lait.' | "$lede" analyze - | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s); if (!r.text.includes("\ufffd") || !r.warnings.length) throw new Error("repair")})'
# Endless or huge input is refused without being read to its end: one file (here /dev/zero)
# with input_too_large and exit 1; in JSON lines, a line longer than any input under the limit
# can take gets an error line, and the stream goes on.
if [ -e /dev/zero ]; then
  set +e
  timeout 60 "$lede" analyze /dev/zero > "$tmp/zero.json" 2>/dev/null; rc=$?
  set -e
  [ $rc = 1 ] || fail "/dev/zero must be refused with exit 1 (got $rc)"
  grep -q '"input_too_large"' "$tmp/zero.json" || fail "/dev/zero: $(head -c 200 "$tmp/zero.json")"
fi
node -e '
const short = JSON.stringify({id: 1, text: "Short one."}) + "\n";
process.stdout.write(short);
const chunk = "x".repeat(1 << 20);
process.stdout.write("{\"id\": 2, \"text\": \"");
for (let i = 0; i < 210; ++i) process.stdout.write(chunk);
process.stdout.write("\"}\n" + short.replace("1", "3"));
' | "$lede" analyze --jsonl > "$tmp/huge.out"
node -e '
const lines=require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n").map(JSON.parse);
if (lines.length!==3 || lines[0].id!==1 || lines[2].id!==3) throw new Error("huge line: "+lines.map(l=>l.id));
if (lines[1].id!==null || lines[1].error?.code!=="input_too_large") throw new Error("huge line (never parsed, so no id): "+JSON.stringify(lines[1]));
' "$tmp/huge.out"
# Memory running out (here a cap on the address space, as a batch job's limit would be) costs the
# lines it hits, each answered with an error line; the lines around them are analysed, in order,
# with one thread or two, and the exit code is 0. Line 2 fits in memory but its analysis does
# not; line 3 (70 MB) cannot even be held. Not under AddressSanitizer, which reserves far more
# address space than any such cap.
if [ -z "${ASAN_OPTIONS:-}" ]; then
  oom_lines() {
    node -e '
    const line = (id, text) => JSON.stringify({id, text}) + "\n";
    const short = "The European Union imposed sanctions on Russia on Monday, officials in Brussels said.";
    process.stdout.write(line(1, short) + line(2, "The European Union imposed sanctions on Russia. ".repeat(600000)));
    process.stdout.write("{\"id\": \"three\", \"text\": \"");
    const chunk = "y".repeat(1 << 20);
    for (let i = 0; i < 70; ++i) process.stdout.write(chunk);
    process.stdout.write("\"}\n" + line(4, short));
    '
  }
  for threads in 1 2; do
    oom_lines | (ulimit -v 150000; "$lede" analyze --jsonl --threads $threads) > "$tmp/oom.out" \
      || fail "out of memory must not fail the stream (--threads $threads)"
    node -e '
    const lines=require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n").map(JSON.parse);
    if (lines.length!==4) throw new Error("lines: "+lines.length);
    if (lines[1].id!==2 || lines[1].error?.code!=="out_of_memory") throw new Error("line 2: "+JSON.stringify(lines[1]).slice(0,200));
    if (lines[2].id!==null || lines[2].error?.code!=="out_of_memory") throw new Error("line 3: "+JSON.stringify(lines[2]).slice(0,200));
    if (lines[0].actors.length===0 || JSON.stringify({...lines[3], id: 1})!==JSON.stringify(lines[0])) throw new Error("lines 1 and 4 differ");
    ' "$tmp/oom.out"
  done
else
  echo "cli: the memory-limit check is skipped (AddressSanitizer)"
fi
echo "cli: ok"
