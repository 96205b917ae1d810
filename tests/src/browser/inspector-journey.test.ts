import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, PHONE, watchErrors, type Browser } from '../support/browser';
import { Client } from '../support/client';
import { tinyPng } from '../support/files';
import { startServer, type StartedServer } from '../support/server-process';

/**
 * The supervision loop in Chromium, against the server started as the README starts it: the inspector draws a
 * spot check with a seed, inspects a drawn brand from the pending list (scores, a site photo, one finding) and
 * submits, landing on the recorded inspection's page with the finding; the unit, in a browser of its own, answers the new rectification item with a note and evidence and
 * marks it done; the inspector sends it back with a reason, the unit sees the reason and answers again (on a
 * phone), and the inspector verifies it. The API then shows the item VERIFIED and the inspection recorded once.
 */
describeInBrowser('an inspection becomes a rectification that the unit answers and the inspector verifies', () => {
  let server: StartedServer;
  let inspectorBrowser: Browser;
  let unitBrowser: Browser;
  let inspectorApi: Client;
  let unitApi: Client;
  beforeAll(async () => {
    server = await startServer();
    inspectorBrowser = await launchBrowser();
    unitBrowser = await launchBrowser();
    inspectorApi = new Client(server.url);
    unitApi = new Client(server.url);
    await inspectorApi.login('inspector');
    await unitApi.login('unit');
  });
  afterAll(async () => {
    await inspectorBrowser?.close();
    await unitBrowser?.close();
    await server?.stop();
  });

  async function logIn(page: Page, username: string) {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill('demo1234');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/workspace$/);
  }

  /** Answers the confirmation box with its button `name`. */
  async function confirm(page: Page, name: string) {
    await page.locator('.el-message-box').getByRole('button', { name, exact: true }).click();
  }

  const photo = (name: string) => ({ name, mimeType: 'image/png', buffer: tinyPng(16) });

  /**
   * The unit answers an item as done, with a note and (optionally) a photo, confirming the submission. An item
   * opened from a to-do comes with its form open; otherwise the unit opens it.
   */
  async function answerDone(page: Page, card: Locator, note: string, photoName?: string, fromTodo = false) {
    const form = card.getByRole('form', { name: /^答复整改事项/ });
    if (fromTodo) {
      await form.waitFor();
    } else {
      await card.getByRole('button', { name: /答复整改|更新进展/ }).click();
    }
    await form.getByText('已整改待核验', { exact: true }).click();
    await form.getByLabel(/^整改说明/).fill(note);
    if (photoName) {
      await form.locator('input[type=file]').setInputFiles(photo(photoName));
      await form.getByText('已上传').waitFor();
    }
    await form.getByRole('button', { name: '提交核验' }).click();
    await page.locator('.el-message-box').getByText('提交后由督查员核验').waitFor();
    await confirm(page, '提交核验');
    await card.getByText('已提交核验，等待督查员核验').waitFor();
  }

  it('draws, inspects, raises a rectification, and sees it answered, returned, answered again and verified', async () => {
    const stamp = Date.now() % 100000;
    const problem = `党员活动室制度未上墙，学习台账缺少第三季度记录（抽查${stamp}）`;
    const seed = 20260000 + stamp;
    const own = (await unitApi.gql(`{ me { unit { id name } } }`)).data!.me.unit as { id: string; name: string };

    // The inspector draws with a seed; the seed is shown with the result.
    const inspector = await inspectorBrowser.newPage();
    const inspectorErrors = watchErrors(inspector);
    await logIn(inspector, 'inspector');
    await inspector.goto(`${server.url}/workspace/spot-checks`);
    await inspector.getByRole('heading', { name: '抽查抽签', level: 1 }).waitFor();
    // 50 is the most one draw takes: every brand not already pending is drawn, so the unit's brand is among them.
    await inspector.getByRole('spinbutton', { name: '抽取数量' }).fill('50');
    await inspector.getByRole('textbox', { name: '随机种子' }).fill(String(seed));
    await inspector.getByRole('button', { name: '抽签', exact: true }).click();
    await confirm(inspector, '抽签');
    const result = inspector.getByRole('region', { name: '本次抽签结果' });
    await result.getByText(String(seed), { exact: true }).waitFor();

    // From the pending list, the inspection form for a brand of the unit `unit`.
    const pending = inspector.getByRole('region', { name: /^待抽查/ });
    const drawnItem = pending.getByRole('listitem').filter({ hasText: own.name }).first();
    await drawnItem.getByRole('link', { name: '开始检查' }).click();
    await inspector.waitForURL(/\/workspace\/inspections\/new\?/);
    const formUrl = new URL(inspector.url());
    expect(formUrl.searchParams.get('kind')).toBe('SPOT');
    expect(formUrl.searchParams.get('unitId')).toBe(own.id);
    const brandId = formUrl.searchParams.get('brandId')!;

    // A checklist, every item scored, a site photo, one finding; then submitted once.
    // The checklist the brand was last checked with comes chosen (once the brand is read, not before); a brand
    // never checked, or last checked with a retired checklist, asks for one.
    const known = (
      await inspectorApi.gql(
        `query($id: ID!) { checklistTemplates { id }
          brand(id: $id) { inspections(first: 1) { nodes { template { id name version } } } } }`,
        { id: brandId },
      )
    ).data!;
    const lastUsed = known.brand.inspections.nodes[0]?.template as
      { id: string; name: string; version: number } | undefined;
    const last = (known.checklistTemplates as { id: string }[]).some((t) => t.id === lastUsed?.id) ? lastUsed : null;
    const subject = inspector.getByRole('region', { name: '检查对象' });
    if (last) {
      await subject.getByText(`${last.name}（第 ${last.version} 版）`).waitFor();
    } else {
      await subject.getByText('选择检查表').click();
      await inspector.getByRole('option').first().click();
    }
    const fullMarks = inspector.getByRole('button', { name: /记满分$/ });
    await fullMarks.first().waitFor();
    const items = await fullMarks.count();
    expect(items).toBeGreaterThan(0);
    for (let i = 0; i < items; i += 1) {
      await fullMarks.nth(i).click();
    }
    const photos = inspector.getByRole('region', { name: /^现场照片/ });
    await photos.locator('input[type=file]').setInputFiles(photo('现场.png'));
    await photos.getByText('现场.png').waitFor();
    await photos.getByText(/已上传/).waitFor();
    await inspector.getByRole('button', { name: '添加问题' }).click();
    await inspector.getByLabel('问题 1 存在问题').fill(problem);
    await inspector.getByLabel('问题 1 整改措施').fill('制度上墙，补齐第三季度学习台账并由支部书记签字。');
    await inspector.getByLabel('问题 1 整改责任人').fill('黄艳玲');
    await inspector.getByRole('button', { name: '提交检查记录' }).click();
    await confirm(inspector, '确认提交');
    // It lands on the inspection's page: recorded, with the finding and its new rectification item.
    await inspector.waitForURL(/\/workspace\/inspections\/[0-9a-f-]{36}$/);
    await inspector.getByText('检查记录已登记，生成整改事项 1 条').waitFor();
    const shown = inspector.getByRole('listitem', { name: `问题 1：${problem}` });
    await shown.getByText('待整改', { exact: true }).waitFor();
    await shown.getByRole('link', { name: /在核验页查看/ }).waitFor();

    const RECTIFICATIONS = `query($f: RectificationFilter) { rectifications(filter: $f, first: 100) {
      nodes { id problem status version inspection { id kind } history { toStatus note } } } }`;
    const ofProblem = async () =>
      (
        (await inspectorApi.gql(RECTIFICATIONS, { f: { unitId: own.id } })).data!.rectifications.nodes as {
          id: string;
          problem: string;
          status: string;
          inspection: { id: string; kind: string } | null;
          history: { toStatus: string; note: string | null }[];
        }[]
      ).filter((r) => r.problem === problem);
    const [raised] = await ofProblem();
    expect(raised).toMatchObject({ status: 'OPEN', inspection: { kind: 'SPOT' } });
    expect(new URL(inspector.url()).pathname).toBe(`/workspace/inspections/${raised.inspection!.id}`);

    // The unit opens the new item from its to-do list and answers it with a note and a photo.
    const unit = await unitBrowser.newPage();
    const unitErrors = watchErrors(unit);
    await logIn(unit, 'unit');
    await unit.getByRole('link', { name: problem }).click();
    await unit.waitForURL(/\/workspace\/my-rectifications\?id=/);
    expect(new URL(unit.url()).searchParams.get('id')).toBe(raised.id);
    const unitCard = unit.getByRole('article', { name: problem });
    await unitCard.getByText('不定期抽查').waitFor();
    await answerDone(unit, unitCard, '已将党员活动室制度统一制作上墙。', '制度上墙.png', true);

    // The inspector opens it from the verification queue, sees the note and the photo, and sends it back.
    await inspector.goto(`${server.url}/workspace/verify`);
    await inspector.getByRole('heading', { name: '整改核验', level: 1 }).waitFor();
    const queued = inspector.getByRole('article', { name: problem });
    const sent = queued.getByRole('region', { name: '单位的整改说明' });
    await sent.getByText('已将党员活动室制度统一制作上墙。').waitFor();
    await sent.getByRole('img', { name: '制度上墙.png' }).waitFor();
    await queued.getByRole('button', { name: '退回重新整改' }).click();
    await queued.getByText('退回重新整改须说明理由').waitFor();
    const reason = '第三季度学习台账仍未补齐，请补齐后连同签字页照片一并提交。';
    await queued.getByLabel(/^核验意见/).fill(reason);
    await queued.getByRole('button', { name: '退回重新整改' }).click();
    await confirm(inspector, '退回');
    await queued.getByText('已退回单位重新整改').waitFor();

    // The unit sees the reason, on a phone, and answers again.
    const phone = await unitBrowser.newPage(PHONE);
    const phoneErrors = watchErrors(phone);
    await phone.goto(`${server.url}/workspace/my-rectifications`);
    const again = phone.getByRole('article', { name: problem });
    await again.getByRole('note', { name: '督查员退回意见' }).getByText(reason).waitFor();
    await answerDone(phone, again, '已补齐第三季度学习台账 12 页，签字页照片附后。', '台账签字页.png');

    // The inspector verifies it from the to-do list.
    await inspector.goto(`${server.url}/workspace`);
    await inspector.getByRole('link', { name: problem }).click();
    await inspector.waitForURL(/\/workspace\/verify\?id=/);
    const second = inspector.getByRole('article', { name: problem });
    const resent = second.getByRole('region', { name: '单位的整改说明' });
    await resent.getByText('第 2 次提交').waitFor();
    await resent.getByText('已补齐第三季度学习台账 12 页，签字页照片附后。').waitFor();
    await resent.getByRole('img', { name: '台账签字页.png' }).waitFor();
    await second.getByRole('button', { name: '核验通过' }).click();
    await confirm(inspector, '核验通过');
    await second.getByText('已核验通过').waitFor();

    // On the server: verified, with the return on record, from one inspection recorded once.
    const [verified] = await ofProblem();
    expect(verified.status).toBe('VERIFIED');
    expect(verified.history.map((h) => h.toStatus)).toEqual(['OPEN', 'DONE', 'OPEN', 'DONE', 'VERIFIED']);
    expect(verified.history[2].note).toBe(reason);
    expect(await ofProblem()).toHaveLength(1);
    const INSPECTIONS = `query($f: InspectionFilter) { inspections(filter: $f, first: 100) {
      nodes { id kind findings { problem } } } }`;
    const recorded = (
      (await inspectorApi.gql(INSPECTIONS, { f: { brandId } })).data!.inspections.nodes as {
        id: string;
        kind: string;
        findings: { problem: string }[];
      }[]
    ).filter((i) => i.findings.some((f) => f.problem === problem));
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ id: verified.inspection!.id, kind: 'SPOT' });
    const PENDING = `{ pendingSpotChecks { brand { id } } }`;
    const stillPending = (await inspectorApi.gql(PENDING)).data!.pendingSpotChecks as { brand: { id: string } }[];
    expect(stillPending.map((p) => p.brand.id)).not.toContain(brandId);

    expect(inspectorErrors).toEqual([]);
    expect(unitErrors).toEqual([]);
    expect(phoneErrors).toEqual([]);
  }, 300_000);
});
