// Draws the Teams app icons (teams/color.png 192x192 and teams/outline.png 32x32) with Node alone:
// a white signpost, on NHS Blue for the colour icon and on transparency for the outline icon, as
// Teams asks. Run it again after changing the drawing: `node scripts/teamsIcons.js`.
const { Buffer } = require('node:buffer');
const { writeFileSync } = require('node:fs');
const path = require('node:path');
const { deflateSync } = require('node:zlib');

/** The signpost on a 192-unit square: a pole, a base, and two boards pointing opposite ways. */
const SHAPES = [
  [
    [88, 36],
    [104, 36],
    [104, 158],
    [88, 158],
  ],
  [
    [66, 152],
    [126, 152],
    [126, 164],
    [66, 164],
  ],
  [
    [46, 46],
    [134, 46],
    [156, 66],
    [134, 86],
    [46, 86],
  ],
  [
    [146, 98],
    [58, 98],
    [36, 118],
    [58, 138],
    [146, 138],
  ],
];

const NHS_BLUE = [0x00, 0x5e, 0xb8];

/** Whether a point is inside a convex polygon: on the same side of every edge, whichever way round. */
function inside(polygon, x, y) {
  let sign = 0;
  for (let i = 0; i < polygon.length; i += 1) {
    const [ax, ay] = polygon[i];
    const [bx, by] = polygon[(i + 1) % polygon.length];
    const side = Math.sign((bx - ax) * (y - ay) - (by - ay) * (x - ax));
    if (side !== 0 && sign !== 0 && side !== sign) return false;
    if (side !== 0) sign = side;
  }
  return true;
}

/** How much of a pixel the signpost covers, from 0 to 1 (4x4 samples, for smooth edges). */
function coverage(size, px, py) {
  const scale = 192 / size;
  let hits = 0;
  for (let sy = 0; sy < 4; sy += 1) {
    for (let sx = 0; sx < 4; sx += 1) {
      const x = (px + (sx + 0.5) / 4) * scale;
      const y = (py + (sy + 0.5) / 4) * scale;
      if (SHAPES.some((shape) => inside(shape, x, y))) hits += 1;
    }
  }
  return hits / 16;
}

function draw(size, background) {
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) {
      const c = coverage(size, x, y);
      const at = 1 + x * 4;
      if (background) {
        for (let i = 0; i < 3; i += 1) row[at + i] = Math.round(background[i] * (1 - c) + 255 * c);
        row[at + 3] = 255;
      } else {
        row.fill(255, at, at + 3);
        row[at + 3] = Math.round(255 * c);
      }
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG from rows that each start with filter byte 0. */
function png(size, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const teams = path.join(__dirname, '..', 'teams');
writeFileSync(path.join(teams, 'color.png'), draw(192, NHS_BLUE));
writeFileSync(path.join(teams, 'outline.png'), draw(32, undefined));
console.log('wrote teams/color.png (192x192) and teams/outline.png (32x32)');
