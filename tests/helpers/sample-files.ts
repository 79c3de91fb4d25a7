import { crc32 } from "node:zlib";

// Small real files of each accepted upload type, made here (no binary fixtures in the tree):
// the server judges an upload by its content, so these must be what they claim to be.

/** A 1×1 PNG (signature, IHDR, IDAT, IEND with their CRCs). */
export function realPng(): Buffer {
  return Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  );
}

/** The start of a JPEG/JFIF file: SOI and an APP0 segment. */
export function realJpeg(): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0, 0];
  return Buffer.concat([Buffer.from([0xff, 0xd8, ...app0]), Buffer.alloc(64, 0), Buffer.from([0xff, 0xd9])]);
}

/** A RIFF/WEBP container with one lossless chunk header. */
export function realWebp(): Buffer {
  const vp8l = Buffer.concat([
    Buffer.from("VP8L", "ascii"),
    Buffer.from([5, 0, 0, 0]),
    Buffer.from([0x2f, 0, 0, 0, 0, 0]),
  ]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(4 + vp8l.length);
  return Buffer.concat([Buffer.from("RIFF", "ascii"), size, Buffer.from("WEBP", "ascii"), vp8l]);
}

/** A ZIP archive of stored (uncompressed) entries, as Word and LibreOffice write their parts. */
export function zipStored(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, "utf8");
    const fileName = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const DOCX_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  "</Types>";

/** A minimal Word document: the content types part and word/document.xml. */
export function realDocx(text = "Modul ajar IPA kelas VIII"): Buffer {
  return zipStored({
    "[Content_Types].xml": DOCX_TYPES,
    "word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  });
}

/** A ZIP that is no Word document (a renamed archive of notes). */
export function plainZip(): Buffer {
  return zipStored({ "catatan.txt": "bukan dokumen Word" });
}

/**
 * The start of an ISO-BMFF video: an `ftyp` box (size, "ftyp", major brand, minor version,
 * compatible brands), then `size` bytes in all with zeros after it. Brand `isom` is an MP4,
 * `qt  ` a QuickTime MOV (what an iPhone records).
 */
export function realMp4(size = 4096, brand: "isom" | "qt  " = "isom"): Buffer {
  const ftyp = Buffer.concat([
    Buffer.from([0x00, 0x00, 0x00, 0x18]),
    Buffer.from(`ftyp${brand}`, "ascii"),
    Buffer.from([0x00, 0x00, 0x02, 0x00]),
    Buffer.from(`${brand}iso2`, "ascii"),
  ]);
  return Buffer.concat([ftyp, Buffer.alloc(Math.max(0, size - ftyp.length), 0)]);
}

/** The EBML header of a WebM video (DocType "webm"), as a browser's MediaRecorder writes it. */
export function realWebm(): Buffer {
  const header = [0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04, 0x42, 0xf3, 0x81, 0x08];
  const docType = [0x42, 0x82, 0x84, ...Buffer.from("webm", "ascii"), 0x42, 0x87, 0x81, 0x02, 0x42, 0x85, 0x81, 0x02];
  const body = [...header, ...docType];
  return Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80 | body.length, ...body]), Buffer.alloc(512, 0)]);
}
