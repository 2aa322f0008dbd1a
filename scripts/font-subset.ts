/**
 * A font cut down to the characters a build draws, for the share images. With the 19 MB CJK
 * collection resvg took about 10 ms a glyph (an indicator page's share image 2–4 s): the cost grew
 * with the glyphs drawn and with the font file's size, as if the file were read again for each
 * glyph. A subset of the characters the images use draws the same pixels in well under a
 * millisecond a glyph.
 *
 * harfbuzz's own subsetter (harfbuzzjs, WebAssembly): the outlines, metrics and every layout
 * feature of the characters kept are copied unchanged, and so are the font's names (resvg finds
 * the face by its family). Tested in tests/integration/font-subset.test.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface Harfbuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(bytes: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let harfbuzz: Promise<Harfbuzz> | undefined;

function loadHarfbuzz(): Promise<Harfbuzz> {
  harfbuzz ??= (async () => {
    const wasm = readFileSync(
      createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'),
    );
    const { instance } = await WebAssembly.instantiate(wasm);
    const hb = instance.exports as unknown as Harfbuzz;
    hb._initialize();
    return hb;
  })();
  return harfbuzz;
}

/**
 * The index of the face whose family (name id 16, else 1) is `family` in a font collection
 * (`ttcf`); 0 for a single font; -1 when the collection has no such face.
 */
export function faceIndex(font: Uint8Array, family: string): number {
  const data = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = (at: number) => String.fromCharCode(...font.subarray(at, at + 4));
  if (tag(0) !== 'ttcf') return 0;
  const faces = data.getUint32(8);
  for (let i = 0; i < faces; i++) {
    const face = data.getUint32(12 + 4 * i);
    if (familiesOf(font, data, face).includes(family)) return i;
  }
  return -1;
}

/** The family names (ids 1 and 16, Windows Unicode records) of the face at `face`. */
function familiesOf(font: Uint8Array, data: DataView, face: number): string[] {
  const tables = data.getUint16(face + 4);
  for (let t = 0; t < tables; t++) {
    const record = face + 12 + 16 * t;
    if (String.fromCharCode(...font.subarray(record, record + 4)) !== 'name') continue;
    const name = data.getUint32(record + 8);
    const count = data.getUint16(name + 2);
    const strings = name + data.getUint16(name + 4);
    const out: string[] = [];
    for (let r = 0; r < count; r++) {
      const at = name + 6 + 12 * r;
      const [platform, id] = [data.getUint16(at), data.getUint16(at + 6)];
      if (platform !== 3 || (id !== 1 && id !== 16)) continue;
      const [length, offset] = [data.getUint16(at + 8), data.getUint16(at + 10)];
      const units: number[] = [];
      for (let k = 0; k < length; k += 2) units.push(data.getUint16(strings + offset + k));
      out.push(String.fromCharCode(...units));
    }
    return out;
  }
  return [];
}

/**
 * The face `index` of `font` (a single font or a collection) with only the glyphs for the
 * characters of `text`, as an OpenType font. Throws when harfbuzz cannot read the font.
 */
export async function subsetFont(font: Uint8Array, index: number, text: string): Promise<Buffer> {
  const hb = await loadHarfbuzz();
  const heap = () => new Uint8Array(hb.memory.buffer);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('font subset: harfbuzz could not start a subset');
  const pointer = hb.malloc(font.byteLength);
  heap().set(font, pointer);
  const blob = hb.hb_blob_create(pointer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, index);
  hb.hb_blob_destroy(blob);
  let subset = 0;
  try {
    // Every layout feature (as `--layout-features=*`): the text shapes as with the whole font.
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const ch of new Set(text)) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
    subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error(`font subset: harfbuzz could not subset face ${index}`);
    const result = hb.hb_face_reference_blob(subset);
    const at = hb.hb_blob_get_data(result, 0);
    const length = hb.hb_blob_get_length(result);
    const bytes = Buffer.from(heap().subarray(at, at + length));
    hb.hb_blob_destroy(result);
    if (length === 0) throw new Error(`font subset: face ${index} came out empty`);
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
    if (subset !== 0) hb.hb_face_destroy(subset);
    hb.hb_face_destroy(face);
    hb.free(pointer);
  }
}

/**
 * The font files to draw `text` with: each file's `family` face cut down to the characters of
 * `text` and printable ASCII, written to `dir` (named by what it holds, so a rebuild drawing the
 * same characters reuses it). A file without that face, or one harfbuzz cannot cut, is used
 * whole, with a warning: slower, never wrong.
 */
export async function cutFonts({
  files,
  family,
  text,
  dir,
}: {
  files: readonly string[];
  family: string;
  text: string;
  dir: string;
}): Promise<string[]> {
  const ascii = String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i));
  const chars = [...new Set(text + ascii)].sort().join('');
  const out: string[] = [];
  for (const file of files) {
    const font = readFileSync(file);
    const index = faceIndex(font, family);
    if (index < 0) {
      console.warn(`font subset: ${file} has no face of the family ${family}: used whole`);
      out.push(file);
      continue;
    }
    const key = createHash('sha256').update(`${file}\n${index}\n${chars}`).digest('hex');
    const cut = join(dir, `font-${key.slice(0, 16)}.otf`);
    try {
      if (!existsSync(cut)) writeFileSync(cut, await subsetFont(font, index, chars));
      out.push(cut);
    } catch (error) {
      console.warn(`font subset: ${file} could not be cut (${String(error)}): used whole`);
      out.push(file);
    }
  }
  return out;
}
