import { PNG } from 'pngjs';
import { readFileSync, writeFileSync } from 'node:fs';
// Scales each image to a fixed width by nearest neighbour, then tiles them.
const [out, colsArg, cellW, ...files] = process.argv.slice(2);
const cols = Number(colsArg), W = Number(cellW);
const ims = files.map((f) => PNG.sync.read(readFileSync(f)));
const scaled = ims.map((im) => {
  const s = W / im.width, H = Math.round(im.height * s);
  const o = new PNG({ width: W, height: H });
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    const sx = Math.min(im.width - 1, Math.floor(x / s)), sy = Math.min(im.height - 1, Math.floor(y / s));
    const si = (sy * im.width + sx) * 4, di = (y * W + x) * 4;
    for (let k = 0; k < 4; k++) o.data[di + k] = im.data[si + k];
  }
  return o;
});
const rows = Math.ceil(scaled.length / cols);
const rowH = Array.from({ length: rows }, (_, r) => Math.max(...scaled.slice(r * cols, r * cols + cols).map((i) => i.height)));
const sheet = new PNG({ width: W * cols, height: rowH.reduce((a, b) => a + b, 0) });
sheet.data.fill(200);
let y = 0;
for (let r = 0; r < rows; r++) { scaled.slice(r * cols, r * cols + cols).forEach((im, c) => PNG.bitblt(im, sheet, 0, 0, im.width, im.height, c * W, y)); y += rowH[r]; }
writeFileSync(out, PNG.sync.write(sheet));
