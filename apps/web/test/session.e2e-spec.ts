import { KeystoneTestApp } from '../../api/test/support/keystone-test-app';
import { registerProject } from '../../api/test/support/project-fixtures';
import { WebBrowser, buildWebApp } from './support/web-browser';

/** Tokens of 30 seconds, the shortest JWT_TTL_SECONDS allows: a session outlives its first token while used, and runs out unused. */
const TOKEN_SECONDS = 30;

describe('a signed-in session in the browser', () => {
  let app: KeystoneTestApp;
  let web: WebBrowser;

  beforeAll(async () => {
    buildWebApp();
    app = await KeystoneTestApp.start({ JWT_TTL_SECONDS: String(TOKEN_SECONDS) });
    web = await WebBrowser.launch(app.baseUrl);
    // A task in the officer's inbox, to write a reason on.
    await registerProject(await app.as('office'));
  });

  afterEach(() => expect(web?.pageErrors ?? []).toEqual([]));

  afterAll(async () => {
    await web?.close();
    await app?.stop();
  });

  it('stays signed in while its holder works past its first token, and ends after as long without use', async () => {
    const officerContext = await web.newContext();
    const working = await web.signIn(officerContext, 'officer-natural-resources', '/inbox');
    // The board open in a second tab of the officer's browser, shares the session the first keeps alive.
    const secondTab = await web.open(officerContext, '/board');
    await secondTab.getByRole('heading', { name: '挂图作战' }).waitFor();
    const idle = await web.signIn(await web.newContext(), 'office', '/board');
    const signedInAt = Date.now();
    // The officer writes a long reason, a few words every few seconds, asking nothing of the API, well past the first token's end.
    const reason = working.getByLabel('意见/理由').first();
    while (Date.now() - signedInAt < (TOKEN_SECONDS + 8) * 1000) {
      await reason.pressSequentially('材料不全，');
      await working.waitForTimeout(3_000);
    }
    // Then moves on: still signed in, the page loads.
    await working.getByRole('link', { name: '挂图作战' }).click();
    await working.getByRole('heading', { name: '挂图作战' }).waitFor();
    expect(await working.getByLabel('密码').count()).toBe(0);
    await secondTab.getByRole('link', { name: '阶段模板' }).click();
    await secondTab.getByRole('heading', { name: '阶段模板' }).waitFor();

    // The office left its board open, untouched: the next page it asks for finds the session over, and says why.
    await idle.getByRole('link', { name: '投资月报' }).click();
    await idle.getByText('登录已过期或已失效，请重新登录。').waitFor();
    expect(await idle.getByLabel('密码').count()).toBe(1);
  });
});
