import { type Canvas, FLOOR, GLASS, GOLD, GREY, NAVY, RED, WALL, WHITE, WOOD, type Rgb } from './canvas';

const GRASS: Rgb = [96, 156, 78];
const LEAF: Rgb = [58, 120, 52];
const SKY_TOP: Rgb = [140, 195, 238];
const SKY_LOW: Rgb = [228, 240, 250];

/** Cover photos of model cases (典型案例封面), by file name. */
export const COVER_SCENES: Record<string, (c: Canvas) => void> = {
  '党员服务站.png': (c) => {
    c.gradient(0, 120, SKY_TOP, SKY_LOW).rect(0, 120, 320, 80, [200, 195, 185]);
    c.rect(40, 45, 240, 110, WHITE).rect(40, 45, 240, 24, RED).circle(60, 57, 7, GOLD);
    c.rect(90, 51, 150, 4, WHITE).rect(90, 60, 110, 3, GOLD);
    c.rect(70, 85, 60, 40, GLASS).rect(190, 85, 60, 40, GLASS).rect(145, 95, 30, 60, WOOD);
    for (const x of [60, 110, 210, 260]) {
      c.person(x, 150, RED);
    }
    c.flag(285, 20, 100);
  },
  '驻村民情恳谈会.png': (c) => {
    c.rect(0, 0, 320, 200, WALL).rect(0, 165, 320, 35, FLOOR).rect(30, 10, 260, 24, RED);
    c.rect(60, 16, 200, 4, WHITE).rect(90, 24, 140, 3, GOLD);
    c.rect(50, 120, 220, 14, WOOD).rect(60, 134, 8, 30, WOOD).rect(252, 134, 8, 30, WOOD);
    const coats: Rgb[] = [NAVY, [90, 90, 90], [120, 70, 50], NAVY, [60, 110, 80], [90, 90, 90]];
    coats.forEach((coat, k) => c.person(70 + k * 36, 80, coat));
    c.rect(140, 110, 40, 10, WHITE).rect(90, 112, 20, 6, WHITE).rect(215, 112, 20, 6, WHITE);
  },
  '园区党群服务中心.png': (c) => {
    c.gradient(0, 140, SKY_TOP, SKY_LOW).rect(0, 140, 320, 60, [170, 170, 165]);
    c.rect(10, 70, 90, 75, GREY).rect(10, 60, 90, 10, NAVY).rect(220, 80, 95, 65, GREY).rect(220, 70, 95, 10, NAVY);
    for (let k = 0; k < 4; k += 1) {
      c.rect(18 + k * 21, 85, 14, 18, GLASS).rect(228 + k * 22, 95, 14, 18, GLASS);
    }
    c.rect(110, 40, 100, 105, WHITE).rect(110, 40, 100, 20, RED).circle(160, 50, 6, GOLD);
    c.rect(120, 70, 80, 30, GLASS).rect(145, 110, 30, 35, WOOD);
    c.flag(120, 5, 35).flag(175, 5, 35);
  },
  '老支书调解室.png': (c) => {
    c.rect(0, 0, 320, 200, WALL).rect(0, 170, 320, 30, FLOOR);
    c.rect(20, 15, 120, 70, [40, 80, 150]).rect(30, 25, 100, 4, WHITE).rect(30, 40, 80, 3, WHITE);
    c.rect(30, 52, 90, 3, WHITE).rect(30, 64, 70, 3, WHITE);
    c.plaque(200, 15, 90, 55);
    c.rect(70, 135, 180, 12, WOOD).rect(80, 147, 8, 25, WOOD).rect(232, 147, 8, 25, WOOD);
    c.person(100, 95, [110, 110, 110]).person(160, 95, NAVY).person(220, 95, [120, 70, 50]);
    c.rect(150, 125, 24, 10, WHITE);
  },
  '猕猴桃示范基地.png': (c) => {
    c.gradient(0, 80, SKY_TOP, SKY_LOW).rect(0, 80, 320, 120, GRASS);
    for (let row = 0; row < 4; row += 1) {
      const y = 90 + row * 27;
      c.rect(0, y, 320, 8, LEAF);
      for (let x = 10 + (row % 2) * 12; x < 320; x += 24) {
        c.circle(x, y + 12, 4, [140, 110, 60]);
      }
    }
    c.rect(100, 20, 120, 50, WHITE).rect(100, 20, 120, 14, RED).circle(112, 27, 4, GOLD);
    c.rect(115, 42, 90, 4, LEAF).rect(115, 52, 70, 4, RED).rect(157, 70, 6, 20, WOOD);
  },
};
