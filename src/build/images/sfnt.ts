// OpenType files (sfnt) as tables, and back: to take one face out of a font collection (.ttc, as Debian
// ships Noto Sans CJK), which harfbuzz's subsetter does not do, and to read a face's tables.

/** A face: its sfnt version (TrueType or CFF outlines) and its tables by tag. */
export type Sfnt = { version: number; tables: Map<string, Buffer> };

/** The face at `index` of `file`, a font or a font collection. @throws Error for neither */
export function readSfnt(file: Buffer, index = 0): Sfnt {
  let at = 0;
  if (file.toString('latin1', 0, 4) === 'ttcf') {
    if (index >= file.readUInt32BE(8)) throw new Error(`the font collection has no face ${index}`);
    at = file.readUInt32BE(12 + 4 * index);
  }
  const version = file.readUInt32BE(at);
  if (![0x00010000, 0x4f54544f, 0x74727565].includes(version)) throw new Error('not an OpenType font');
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < file.readUInt16BE(at + 4); i++) {
    const record = at + 12 + 16 * i;
    const offset = file.readUInt32BE(record + 8);
    tables.set(file.toString('latin1', record, record + 4), file.subarray(offset, offset + file.readUInt32BE(record + 12)));
  }
  return { version, tables };
}

const checksum = (data: Buffer) => {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4)
    sum = (sum + (data[i] ?? 0) * 0x1000000 + ((data[i + 1] ?? 0) << 16) + ((data[i + 2] ?? 0) << 8) + (data[i + 3] ?? 0)) >>> 0;
  return sum;
};

/** The face as a font file: tables in tag order, each on a four-byte boundary, with their checksums. */
export function writeSfnt({ version, tables }: Sfnt): Buffer {
  const tags = [...tables.keys()].sort();
  const power = 2 ** Math.floor(Math.log2(tags.length));
  const header = Buffer.alloc(12 + 16 * tags.length);
  header.writeUInt32BE(version, 0);
  header.writeUInt16BE(tags.length, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(tags.length * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) ?? Buffer.alloc(0);
    const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
    header.write(tag, 12 + 16 * i, 'latin1');
    header.writeUInt32BE(checksum(padded), 16 + 16 * i);
    header.writeUInt32BE(offset, 20 + 16 * i);
    header.writeUInt32BE(data.length, 24 + 16 * i);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}
