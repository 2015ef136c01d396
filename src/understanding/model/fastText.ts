// Reads a supervised fastText model (the .bin format fastText's saveModel writes, file format 12) and
// predicts with it, so that a model trained at build time answers in the same process without
// WebAssembly, synchronously and in well under a millisecond. Only what supervised prediction needs:
// words, character n-grams, word n-grams, a dense input and output matrix, and the one-vs-all (sigmoid)
// and softmax losses. The format and the arithmetic follow fastText's own sources (MIT licence,
// src/args.cc, dictionary.cc, densematrix.cc, loss.cc); the build checks this reader against
// fastText's own predictions on every line of the development set.

export class FastTextFormatError extends Error {
  readonly code = 'FASTTEXT_FORMAT';
  constructor(detail: string) {
    super(`Not a usable fastText model: ${detail}`);
    this.name = 'FastTextFormatError';
  }
}

const MAGIC = 793712314;
const VERSION = 12;
const EOS = '</s>';
const LABEL_PREFIX = '__label__';
const ENTRY_WORD = 0;
/** fastText's loss_name: hs 1, ns 2, softmax 3, ova 4. */
const LOSS_SOFTMAX = 3;
const LOSS_OVA = 4;
/** fastText's model_name: cbow 1, sg 2, sup 3. */
const MODEL_SUPERVISED = 3;

const MAX_SIGMOID = 8;
const SIGMOID_TABLE_SIZE = 512;
/** fastText's sigmoid is a table, not the function: use the same table so scores agree. */
const SIGMOID_TABLE = Float64Array.from(
  { length: SIGMOID_TABLE_SIZE + 1 },
  (_, i) => 1 / (1 + Math.exp(-((i * 2 * MAX_SIGMOID) / SIGMOID_TABLE_SIZE - MAX_SIGMOID))),
);

function sigmoid(x: number): number {
  if (x < -MAX_SIGMOID) return 0;
  if (x > MAX_SIGMOID) return 1;
  return SIGMOID_TABLE[Math.trunc(((x + MAX_SIGMOID) * SIGMOID_TABLE_SIZE) / MAX_SIGMOID / 2)] ?? 0;
}

const encoder = new TextEncoder();

/** fastText's FNV-1a over the UTF-8 bytes, each byte taken as a signed char. */
export function fastTextHash(bytes: Uint8Array): number {
  let h = 2166136261;
  for (const byte of bytes) {
    h = (h ^ (byte >= 128 ? byte - 256 : byte)) >>> 0;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

interface Settings {
  readonly dim: number;
  readonly wordNgrams: number;
  readonly loss: number;
  readonly bucket: number;
  readonly minn: number;
  readonly maxn: number;
}

class Reader {
  private offset = 0;
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(count: number): void {
    if (this.offset + count > this.bytes.byteLength) throw new FastTextFormatError('the file is cut short');
  }
  int32(): number {
    this.need(4);
    const value = this.view.getInt32(this.offset, true);
    this.offset += 4;
    return value;
  }
  int64(): number {
    this.need(8);
    const value = Number(this.view.getBigInt64(this.offset, true));
    this.offset += 8;
    return value;
  }
  byte(): number {
    this.need(1);
    const value = this.view.getUint8(this.offset);
    this.offset += 1;
    return value;
  }
  skip(count: number): void {
    this.need(count);
    this.offset += count;
  }
  cString(): string {
    const end = this.bytes.indexOf(0, this.offset);
    if (end < 0) throw new FastTextFormatError('a word is not terminated');
    const text = new TextDecoder().decode(this.bytes.subarray(this.offset, end));
    this.offset = end + 1;
    return text;
  }
  matrix(): { rows: number; cols: number; data: Float32Array } {
    const rows = this.int64();
    const cols = this.int64();
    const length = rows * cols;
    this.need(length * 4);
    // Copied so the rows are aligned and the file's buffer can be let go.
    const data = new Float32Array(length);
    for (let i = 0; i < length; i += 1) data[i] = this.view.getFloat32(this.offset + i * 4, true);
    this.offset += length * 4;
    return { rows, cols, data };
  }
  get atEnd(): boolean {
    return this.offset === this.bytes.byteLength;
  }
}

export interface FastTextModel {
  /** Label names without fastText's "__label__" prefix, in the model's order. */
  readonly labels: readonly string[];
  /** The probability of every label for a text of space-separated words, as fastText predicts it. */
  predict(text: string): Map<string, number>;
  /** The share of the text's words that the model learned (0 for no words). */
  knownShare(text: string): number;
}

const BIG_MASK = (1n << 64n) - 1n;
/** Words whose character n-grams are kept worked out; the cache starts again when it is full. */
const SUBWORD_CACHE_SIZE = 20000;

class Model implements FastTextModel {
  readonly labels: readonly string[];
  private readonly hidden: Float64Array;

  constructor(
    private readonly settings: Settings,
    private readonly words: ReadonlyMap<string, number>,
    private readonly wordCount: number,
    labels: readonly string[],
    private readonly input: Float32Array,
    private readonly inputRows: number,
    private readonly output: Float32Array,
  ) {
    this.labels = labels;
    this.hidden = new Float64Array(settings.dim);
  }

  /** Rows of the character n-grams of words already seen, bounded in size. */
  private readonly subwordCache = new Map<string, readonly number[]>();

  /** Character n-grams of "<word>", as rows of the input matrix. */
  private subwords(word: string, rows: number[]): void {
    if (this.settings.maxn <= 0) return;
    let cached = this.subwordCache.get(word);
    if (!cached) {
      cached = this.computeSubwords(word);
      if (this.subwordCache.size >= SUBWORD_CACHE_SIZE) this.subwordCache.clear();
      this.subwordCache.set(word, cached);
    }
    for (const row of cached) rows.push(row);
  }

  private computeSubwords(word: string): number[] {
    const rows: number[] = [];
    const { minn, maxn, bucket } = this.settings;
    const bytes = encoder.encode(`<${word}>`);
    for (let i = 0; i < bytes.length; i += 1) {
      if (((bytes[i] ?? 0) & 0xc0) === 0x80) continue;
      let j = i;
      for (let n = 1; j < bytes.length && n <= maxn; n += 1) {
        j += 1;
        while (j < bytes.length && ((bytes[j] ?? 0) & 0xc0) === 0x80) j += 1;
        if (n >= minn && !(n === 1 && (i === 0 || j === bytes.length))) {
          rows.push(this.wordCount + (fastTextHash(bytes.subarray(i, j)) % bucket));
        }
      }
    }
    return rows;
  }

  private rowsOf(text: string): number[] {
    const rows: number[] = [];
    const hashes: number[] = [];
    // fastText reads the line and then its end of line, which is a word of its own.
    const tokens = [...text.split(/[ \n\r\t\v\f\0]+/).filter(Boolean), EOS];
    for (const token of tokens) {
      if (token.startsWith(LABEL_PREFIX)) continue;
      const id = this.words.get(token);
      if (id === undefined) {
        if (token !== EOS) this.subwords(token, rows);
      } else {
        rows.push(id);
        if (token !== EOS) this.subwords(token, rows);
      }
      // Stored as int32 by fastText, then widened with sign to 64 bits for word n-grams.
      hashes.push(fastTextHash(encoder.encode(token)) | 0);
    }
    const bucket = BigInt(this.settings.bucket);
    for (let i = 0; i < hashes.length; i += 1) {
      let h = BigInt.asUintN(64, BigInt(hashes[i] ?? 0));
      for (let j = i + 1; j < hashes.length && j < i + this.settings.wordNgrams; j += 1) {
        h = (h * 116049371n + BigInt.asUintN(64, BigInt(hashes[j] ?? 0))) & BIG_MASK;
        rows.push(this.wordCount + Number(h % bucket));
      }
    }
    return rows;
  }

  knownShare(text: string): number {
    const tokens = text.split(/[ \n\r\t\v\f\0]+/).filter(Boolean);
    if (!tokens.length) return 0;
    return tokens.filter((token) => this.words.has(token)).length / tokens.length;
  }

  predict(text: string): Map<string, number> {
    const { dim } = this.settings;
    const rows = this.rowsOf(text);
    const hidden = this.hidden.fill(0);
    for (const row of rows) {
      if (row < 0 || row >= this.inputRows) continue;
      const base = row * dim;
      for (let k = 0; k < dim; k += 1) hidden[k] = (hidden[k] ?? 0) + (this.input[base + k] ?? 0);
    }
    if (rows.length) for (let k = 0; k < dim; k += 1) hidden[k] = (hidden[k] ?? 0) / rows.length;
    const scores = this.labels.map((_, label) => {
      let sum = 0;
      const base = label * dim;
      for (let k = 0; k < dim; k += 1) sum += (this.output[base + k] ?? 0) * (hidden[k] ?? 0);
      return sum;
    });
    let probabilities: number[];
    if (this.settings.loss === LOSS_SOFTMAX) {
      const max = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - max));
      const total = exps.reduce((a, b) => a + b, 0);
      probabilities = exps.map((value) => value / total);
    } else {
      probabilities = scores.map(sigmoid);
    }
    return new Map(this.labels.map((label, i) => [label, probabilities[i] ?? 0]));
  }
}

/** Reads the bytes of a fastText .bin file. Throws FastTextFormatError for anything else. */
export function readFastTextModel(bytes: Uint8Array): FastTextModel {
  const reader = new Reader(bytes);
  if (reader.int32() !== MAGIC) throw new FastTextFormatError('wrong magic number');
  const version = reader.int32();
  if (version !== VERSION) throw new FastTextFormatError(`file format ${version}, expected ${VERSION}`);
  const dim = reader.int32();
  reader.int32(); // ws
  reader.int32(); // epoch
  reader.int32(); // minCount
  reader.int32(); // neg
  const wordNgrams = reader.int32();
  const loss = reader.int32();
  const model = reader.int32();
  const bucket = reader.int32();
  const minn = reader.int32();
  const maxn = reader.int32();
  reader.int32(); // lrUpdateRate
  reader.skip(8); // t
  if (model !== MODEL_SUPERVISED) throw new FastTextFormatError('not a supervised model');
  if (loss !== LOSS_OVA && loss !== LOSS_SOFTMAX) throw new FastTextFormatError(`loss ${loss} is not read`);

  const size = reader.int32();
  const wordCount = reader.int32();
  const labelCount = reader.int32();
  reader.int64(); // ntokens
  const pruned = reader.int64();
  const words = new Map<string, number>();
  const labels: string[] = [];
  for (let i = 0; i < size; i += 1) {
    const word = reader.cString();
    reader.int64(); // count
    const type = reader.byte();
    if (type === ENTRY_WORD) words.set(word, i);
    else labels.push(word.startsWith(LABEL_PREFIX) ? word.slice(LABEL_PREFIX.length) : word);
  }
  if (pruned >= 0) throw new FastTextFormatError('quantised (pruned) models are not read');
  if (labels.length !== labelCount || words.size !== wordCount)
    throw new FastTextFormatError('the dictionary does not add up');
  if (reader.byte() !== 0) throw new FastTextFormatError('quantised models are not read');
  const input = reader.matrix();
  if (reader.byte() !== 0) throw new FastTextFormatError('quantised models are not read');
  const output = reader.matrix();
  if (input.cols !== dim || output.cols !== dim || output.rows !== labelCount)
    throw new FastTextFormatError('matrix sizes do not match the settings');
  if (input.rows !== wordCount + bucket) throw new FastTextFormatError('the input matrix has the wrong size');
  if (!reader.atEnd) throw new FastTextFormatError('unexpected bytes after the output matrix');
  return new Model(
    { dim, wordNgrams, loss, bucket, minn, maxn },
    words,
    wordCount,
    labels,
    input.data,
    input.rows,
    output.data,
  );
}
