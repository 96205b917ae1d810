import { createHash } from 'node:crypto';
import {
  Canvas,
  FLOOR,
  GLASS,
  GOLD,
  GREY,
  NAVY,
  PHOTO_HEIGHT,
  PHOTO_WIDTH,
  RED,
  WALL,
  WHITE,
  WOOD,
  type Rgb,
} from './canvas';
import { COVER_SCENES } from './covers';
import { encodePng } from './png';

export { PHOTO_HEIGHT, PHOTO_WIDTH } from './canvas';

/** The scenes, by file name (Chinese, as a unit would name them). */
const SCENES: Record<string, (c: Canvas) => void> = {
  '活动阵地.png': (c) => {
    c.gradient(0, 130, [135, 190, 235], [225, 238, 250]).rect(0, 130, 320, 70, [110, 160, 90]);
    c.rect(60, 60, 200, 110, GREY).rect(60, 60, 200, 22, RED).circle(160, 71, 7, GOLD);
    c.rect(145, 120, 30, 50, WOOD);
    for (const x of [80, 110, 200, 230]) {
      c.rect(x, 95, 18, 22, GLASS);
    }
  },
  '标识墙牌.png': (c) => {
    c.rect(0, 0, 320, 160, WALL).rect(0, 160, 320, 40, FLOOR).plaque(90, 35, 140, 90);
  },
  '档案资料.png': (c) => {
    c.rect(0, 0, 320, 200, WALL).rect(40, 20, 240, 170, WOOD);
    const binders: Rgb[] = [RED, [30, 90, 160], [40, 130, 70], [230, 180, 40]];
    for (let row = 0; row < 3; row += 1) {
      c.rect(48, 28 + row * 55, 224, 46, [240, 232, 215]);
      for (let k = 0; k < 13; k += 1) {
        c.rect(52 + k * 17, 32 + row * 55, 13, 42, binders[(k + row) % binders.length]);
      }
    }
  },
  '检查现场.png': (c) => {
    c.rect(0, 0, 320, 200, WALL).rect(20, 12, 280, 26, RED).rect(0, 170, 320, 30, FLOOR);
    for (const x of [70, 120, 200, 250]) {
      c.person(x, 110, x > 160 ? [70, 70, 70] : NAVY);
    }
    c.rect(40, 140, 240, 12, WOOD).rect(50, 152, 8, 25, WOOD).rect(262, 152, 8, 25, WOOD);
    c.rect(140, 128, 40, 12, WHITE);
  },
  '标识墙牌整改.png': (c) => {
    c.rect(0, 0, 320, 160, [220, 210, 190]).rect(0, 160, 320, 40, FLOOR);
    c.plaque(40, 50, 70, 50, [170, 60, 60]).plaque(130, 30, 50, 90).plaque(215, 60, 70, 40, [150, 150, 150]);
  },
  '整改后标识墙牌.png': (c) => {
    c.rect(0, 0, 320, 160, WALL).rect(0, 160, 320, 40, FLOOR);
    for (const x of [30, 125, 220]) {
      c.plaque(x, 40, 70, 90);
    }
  },
  '活动室设施配套.png': (c) => {
    c.rect(0, 0, 320, 200, WALL)
      .rect(0, 150, 320, 50, FLOOR)
      .rect(100, 15, 120, 60, NAVY)
      .rect(105, 20, 110, 50, GLASS);
    c.rect(20, 10, 60, 16, RED).rect(240, 10, 60, 16, RED);
    for (let row = 0; row < 2; row += 1) {
      for (let k = 0; k < 5; k += 1) {
        c.rect(30 + k * 56, 100 + row * 40, 44, 10, WOOD).rect(40 + k * 56, 112 + row * 40, 24, 14, RED);
      }
    }
  },
  '农家党校教学点.png': (c) => {
    c.gradient(0, 110, [150, 200, 240], [235, 245, 250]).rect(0, 110, 320, 90, [90, 150, 70]);
    for (let y = 120; y < 200; y += 12) {
      c.rect(0, y, 320, 4, [70, 120, 55]);
    }
    c.rect(70, 60, 180, 80, WHITE).rect(60, 45, 200, 18, [90, 90, 100]);
    c.rect(100, 70, 120, 16, RED).circle(110, 78, 5, GOLD).rect(145, 100, 30, 40, WOOD);
  },
  '红色管家网格公示牌.png': (c) => {
    c.rect(0, 0, 320, 200, [190, 200, 205]).rect(30, 15, 260, 170, WHITE).rect(30, 15, 260, 28, RED);
    c.circle(50, 29, 8, GOLD);
    for (let row = 0; row < 3; row += 1) {
      for (let k = 0; k < 4; k += 1) {
        c.rect(40 + k * 62, 52 + row * 43, 56, 37, [245, 225, 225]).rect(44 + k * 62, 56 + row * 43, 18, 24, GLASS);
        c.rect(66 + k * 62, 60 + row * 43, 26, 3, RED).rect(66 + k * 62, 70 + row * 43, 26, 3, NAVY);
      }
    }
  },
};

/** The file names of the demo photos. */
export const PHOTO_NAMES = Object.keys(SCENES);
/** The file names of the model case covers. */
export const COVER_NAMES = Object.keys(COVER_SCENES);

export interface Photo {
  filename: string;
  data: Buffer;
  sha256: string;
}

const cache = new Map<string, Photo>();

/** One demo photo or case cover, drawn and encoded on first use. */
export function photo(filename: string): Photo {
  let p = cache.get(filename);
  if (!p) {
    const scene = SCENES[filename] ?? COVER_SCENES[filename];
    if (!scene) {
      throw new Error(`demo seed: unknown photo "${filename}"`);
    }
    const canvas = new Canvas();
    scene(canvas);
    const data = encodePng(PHOTO_WIDTH, PHOTO_HEIGHT, canvas.px);
    p = { filename, data, sha256: createHash('sha256').update(data).digest('hex') };
    cache.set(filename, p);
  }
  return p;
}
