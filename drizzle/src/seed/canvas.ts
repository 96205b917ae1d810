/** Width and height of every demo photo. */
export const PHOTO_WIDTH = 320;
export const PHOTO_HEIGHT = 200;

export type Rgb = [number, number, number];

export const RED: Rgb = [200, 16, 46];
export const GOLD: Rgb = [255, 204, 0];
export const WHITE: Rgb = [250, 250, 250];
export const WALL: Rgb = [236, 226, 206];
export const FLOOR: Rgb = [150, 130, 110];
export const WOOD: Rgb = [120, 80, 50];
export const GREY: Rgb = [205, 205, 200];
export const GLASS: Rgb = [110, 160, 205];
export const NAVY: Rgb = [40, 60, 100];
export const SKIN: Rgb = [235, 195, 160];

/** A tiny RGB raster with the few shapes the demo photos and case covers need (encoded by png.ts). */
export class Canvas {
  readonly px = new Uint8Array(PHOTO_WIDTH * PHOTO_HEIGHT * 3);

  rect(x: number, y: number, w: number, h: number, c: Rgb): this {
    for (let j = Math.max(0, y); j < Math.min(PHOTO_HEIGHT, y + h); j += 1) {
      for (let i = Math.max(0, x); i < Math.min(PHOTO_WIDTH, x + w); i += 1) {
        this.px.set(c, (j * PHOTO_WIDTH + i) * 3);
      }
    }
    return this;
  }

  /** A vertical gradient from `top` to `bottom` over rows y0..y1. */
  gradient(y0: number, y1: number, top: Rgb, bottom: Rgb): this {
    for (let y = y0; y < y1; y += 1) {
      const t = (y - y0) / Math.max(1, y1 - y0 - 1);
      const c = top.map((v, k) => Math.round(v + (bottom[k] - v) * t)) as Rgb;
      this.rect(0, y, PHOTO_WIDTH, 1, c);
    }
    return this;
  }

  circle(cx: number, cy: number, r: number, c: Rgb): this {
    for (let y = cy - r; y <= cy + r; y += 1) {
      const half = Math.floor(Math.sqrt(Math.max(0, r * r - (y - cy) * (y - cy))));
      this.rect(cx - half, y, 2 * half + 1, 1, c);
    }
    return this;
  }

  /** A red plaque with a gold emblem and white "lines of text". */
  plaque(x: number, y: number, w: number, h: number, c: Rgb = RED): this {
    this.rect(x - 3, y - 3, w + 6, h + 6, GOLD).rect(x, y, w, h, c);
    this.circle(x + Math.floor(w / 2), y + Math.floor(h / 3), Math.max(4, Math.floor(h / 6)), GOLD);
    for (let k = 0; k < 2; k += 1) {
      this.rect(x + Math.floor(w / 6), y + Math.floor((h * (3 + k)) / 5), Math.floor((w * 2) / 3), 3, WHITE);
    }
    return this;
  }

  /** A flag on a pole: red cloth with a gold emblem. */
  flag(x: number, y: number, h: number): this {
    this.rect(x, y, 3, h, GREY).rect(x + 3, y, 34, 22, RED);
    return this.circle(x + 11, y + 8, 4, GOLD);
  }

  person(x: number, y: number, coat: Rgb = NAVY): this {
    return this.circle(x, y, 7, SKIN).rect(x - 9, y + 8, 18, 26, coat);
  }
}
