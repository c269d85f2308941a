// Browser tests of the unit-aware Vietnamese interface, against a fresh
// backend started by ../scripts/test-backend.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, api, rest, login, screenshot, axeViolations } from './harness.mjs';
import { createEvent, createAlbum } from './content.mjs';

const UNIT_CODES = ['20', '178', '180'];
let stack;
let units;

function unitByCode(code) {
  const unit = units.find((u) => u.code === code);
  assert.ok(unit, `unit ${code} in @units`);
  return unit;
}

/** What the header shows, read from the rendered page. */
async function headerOf(page) {
  return page.evaluate(() => {
    const q = (s) => document.querySelector(s);
    const img = q('.mttq-logo img');
    const svg = q('.mttq-logo svg');
    const circle = svg && svg.querySelector('circle');
    return {
      lang: document.documentElement.getAttribute('lang'),
      documentTitle: document.title,
      name: q('.mttq-unit-name')?.textContent,
      title: q('.mttq-unit-title')?.textContent,
      home: q('.mttq-brand')?.getAttribute('href'),
      unitCode: q('.mttq-header')?.getAttribute('data-unit-code'),
      primary: getComputedStyle(document.documentElement)
        .getPropertyValue('--mttq-primary')
        .trim(),
      secondary: getComputedStyle(document.documentElement)
        .getPropertyValue('--mttq-secondary')
        .trim(),
      mastheadBg: q('.mttq-masthead') && getComputedStyle(q('.mttq-masthead')).backgroundImage,
      logo: img
        ? { kind: 'img', src: img.getAttribute('src'), alt: img.getAttribute('alt') }
        : svg
          ? { kind: 'emblem', label: svg.getAttribute('aria-label'), fill: circle && getComputedStyle(circle).fill }
          : null,
      navLinks: [...document.querySelectorAll('#navigation a.item')].map((a) =>
        a.getAttribute('href'),
      ),
      footerTitle: q('.mttq-footer-title')?.textContent,
      footerAddress: q('.mttq-footer-address')?.textContent || '',
    };
  });
}

function hexToRgb(hex) {
  const h = hex.replace('#', '');
  const n = (i) => parseInt(h.slice(i, i + 2), 16);
  return `rgb(${n(0)}, ${n(2)}, ${n(4)})`;
}

async function newPage(width = 1280) {
  const context = await stack.browser.newContext({
    viewport: { width, height: 900 },
    locale: 'vi-VN',
    // dates must show in Vietnam's time zone whatever the visitor's
    timezoneId: 'UTC',
  });
  return context.newPage();
}

describe('MTTQ Lạng Sơn frontend', { timeout: 30 * 60 * 1000 }, () => {
  before(async () => {
    stack = await startStack();
    units = (await api(stack, '/@units')).items;
  });

  after(async () => {
    if (stack) await stack.stop();
  });

  it('shows each unit with its own logo, colours and name', async () => {
    const seen = [];
    for (const code of UNIT_CODES) {
      const unit = unitByCode(code);
      const path = unit.path || '/';
      const inherited = await api(
        stack,
        `${path === '/' ? '' : path}?expand=inherit&expand.inherit.behaviors=mttq.interface`,
      );
      const settings = inherited['@components'].inherit['mttq.interface'].data;

      const page = await newPage();
      const res = await page.goto(`${stack.url}${path}`, { waitUntil: 'networkidle' });
      assert.equal(res.status(), 200, `${path} answers 200`);
      const header = await headerOf(page);
      await screenshot(page, `home-${code}`);
      await page.close();

      assert.equal(header.lang, 'vi', 'html lang');
      assert.ok(header.documentTitle.endsWith(settings.short_name), `title "${header.documentTitle}"`);
      assert.equal(header.unitCode, code, `${path} belongs to unit ${code}`);
      assert.equal(header.name, settings.short_name, 'short name from mttq.interface');
      assert.equal(header.title, unit.title, 'full title from @units');
      assert.equal(header.home, path, 'logo links to the unit home');
      assert.equal(header.primary, settings.primary_color);
      assert.equal(header.secondary, settings.secondary_color);
      assert.ok(header.logo, 'a logo is shown');
      if (settings.logo) {
        assert.equal(header.logo.kind, 'img');
        assert.ok(header.logo.alt.includes(settings.short_name));
      } else {
        assert.equal(header.logo.kind, 'emblem');
        assert.ok(header.logo.label.includes(settings.short_name));
        assert.equal(header.logo.fill, hexToRgb(settings.primary_color));
      }
      if (settings.footer_address) {
        assert.equal(header.footerAddress, settings.footer_address);
      }
      assert.equal(header.footerTitle, unit.title);
      // the unit's own navigation (navigation root = the unit site)
      assert.ok(header.navLinks.length >= 2, `navigation of ${path}`);
      if (path !== '/') {
        for (const href of header.navLinks) {
          assert.ok(href.startsWith(path), `${href} inside ${path}`);
        }
      }
      seen.push(header);
    }
    // the three homes differ from each other
    for (const key of ['name', 'primary', 'unitCode']) {
      assert.equal(new Set(seen.map((h) => h[key])).size, seen.length, `distinct ${key}`);
    }
    assert.equal(
      new Set(seen.map((h) => JSON.stringify(h.logo))).size,
      seen.length,
      'distinct logos',
    );
  });

  it('switches units with the unit switcher (keyboard and pointer)', async () => {
    const page = await newPage();
    await page.goto(`${stack.url}/`, { waitUntil: 'networkidle' });
    const summary = page.locator('.mttq-unit-switcher summary');
    const panel = page.locator('.mttq-unit-panel');
    assert.equal(await panel.isVisible(), false, 'closed at first');

    // keyboard: open with Enter, close with Escape
    await summary.focus();
    await page.keyboard.press('Enter');
    assert.equal(await panel.isVisible(), true, 'Enter opens it');
    const active = units.filter((u) => u.state !== 'closed');
    const closed = units.filter((u) => u.state === 'closed');
    assert.equal(
      await page.locator('.mttq-units-active a').count(),
      active.length,
      'every active unit listed',
    );
    assert.equal(
      await page.locator('.mttq-units-closed a').count(),
      closed.length,
      'closed units listed as archives',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    assert.equal(await panel.isVisible(), false, 'Escape closes it');
    assert.equal(
      await page.evaluate(() => document.activeElement.tagName),
      'SUMMARY',
      'focus back on the toggle',
    );

    // pointer: go to Tràng Định (client-side navigation)
    const target = unitByCode('180');
    await summary.click();
    await page.locator('.mttq-unit-panel a[data-unit-code="180"]').click();
    await page.waitForURL(`${stack.url}${target.path}`);
    await page.waitForFunction(
      (code) => document.querySelector('.mttq-header')?.getAttribute('data-unit-code') === code,
      '180',
    );
    const header = await headerOf(page);
    assert.equal(header.name, target.interface.short_name);
    assert.equal(header.primary, target.interface.primary_color);
    assert.equal(await panel.isVisible(), false, 'closed after choosing');
    assert.match(
      await page.locator('.mttq-unit-switcher summary').textContent(),
      new RegExp(target.name),
    );
    await screenshot(page, 'switcher-after-navigation');

    // and back to the province by keyboard
    await page.locator('.mttq-unit-switcher summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('.mttq-unit-panel a[data-unit-code="20"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${stack.url}/`);
    await page.waitForFunction(
      () => document.querySelector('.mttq-header')?.getAttribute('data-unit-code') === '20',
    );
    await page.close();
  });

  it('gives anonymous visitors of /noi-bo the login form, in Vietnamese', async () => {
    const page = await newPage();
    await page.goto(`${stack.url}/noi-bo`, { waitUntil: 'networkidle' });
    await screenshot(page, 'noi-bo-anonymous');
    assert.equal(new URL(page.url()).pathname, '/noi-bo');
    await page.waitForSelector('input#login', { timeout: 15000 });
    assert.equal(await page.locator('input#login').count(), 1, 'login field');
    assert.equal(await page.locator('input#password').count(), 1, 'password field');
    const text = await page.locator('#page-login, .mttq-login-required').first().textContent();
    assert.match(text, /Đăng nhập/);
    assert.match(text, /Mật khẩu/);
    // the navigation of the province's site is still there
    assert.ok(
      (await page.locator('#navigation a.item').count()) >= 2,
      'navigation shown on the login page',
    );
    // no intranet content leaks
    assert.equal(await page.locator('h1.documentFirstHeading', { hasText: 'Nội bộ' }).count(), 0);

    // a cadre logs in and lands on the intranet
    await page.fill('input#login', 'cadre-178');
    await page.fill('input#password', 'mttq-test-2026');
    await page.locator('button#login-form-submit').click();
    await page.waitForFunction(
      () => /Nội bộ/.test(document.querySelector('h1.documentFirstHeading')?.textContent || ''),
      null,
      { timeout: 30000 },
    );
    assert.equal(new URL(page.url()).pathname, '/noi-bo');
    await screenshot(page, 'noi-bo-cadre');
    await page.close();
  });

  it("gives a unit's editor the editing interface in Vietnamese, dates dd/mm/yyyy", async () => {
    const unit = unitByCode('180');
    const folder = `${unit.path}/tin-tuc`;
    const listing = await api(stack, `${folder}?fullobjects=0`);
    const page = await newPage();
    await page.goto(`${stack.url}${unit.path}/login`, { waitUntil: 'networkidle' });
    await page.fill('input#login', 'editor-180');
    await page.fill('input#password', 'mttq-test-2026');
    await page.locator('#login-form-submit').click();
    await page.waitForSelector('#toolbar');

    await page.goto(`${stack.url}${folder}`, { waitUntil: 'networkidle' });
    const toolbar = await page.$$eval('#toolbar button, #toolbar a', (els) =>
      els.map((e) => e.getAttribute('aria-label')).filter(Boolean),
    );
    for (const label of ['Sửa', 'Nội dung', 'Thêm', 'Công cụ cá nhân']) {
      assert.ok(toolbar.includes(label), `toolbar "${label}" in ${JSON.stringify(toolbar)}`);
    }
    await page.goto(`${stack.url}${folder}/contents`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.contents-table-wrapper table');
    await screenshot(page, 'editor-contents');
    const headers = (await page.locator('.contents-table-wrapper table thead').textContent()).toLowerCase();
    for (const h of ['tiêu đề', 'trạng thái duyệt', 'sửa đổi lần cuối']) {
      assert.ok(headers.includes(h), `column "${h}" in ${headers}`);
    }
    assert.doesNotMatch(headers, /review state|last modified|title/);

    // dates in Vietnam time, dd/mm/yyyy
    const items = listing.items || [];
    if (items.length) {
      const first = await api(stack, new URL(items[0]['@id']).pathname.replace(/^\/Plone/, ''));
      const expected = new Intl.DateTimeFormat('vi', {
        timeZone: 'Asia/Ho_Chi_Minh',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }).format(new Date(first.modified));
      const body = await page.locator('.contents-table-wrapper table tbody').textContent();
      assert.ok(body.includes(expected), `modified date ${expected} shown`);
      assert.doesNotMatch(body, /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
    }

    await page.goto(`${stack.url}${folder}/add?type=News%20Item`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#sidebar');
    await screenshot(page, 'editor-add-news');
    // the edit form's labels, help texts and fieldsets (backend schema and
    // Volto's widgets) in Vietnamese
    const form = await page.locator('#sidebar').textContent();
    for (const label of ['Tóm tắt', 'Ghi chú thay đổi', 'Ảnh đại diện', 'Phân loại', 'Thẻ', 'Nội dung liên quan', 'Ngày phát hành']) {
      assert.ok(form.includes(label), `"${label}" in the edit form`);
    }
    for (const english of ['Summary', 'Change Note', 'Preview image', 'Categorization', 'Related Items', 'Navigate forward', 'Used in item listings']) {
      assert.ok(!form.includes(english), `no "${english}" in the edit form`);
    }
    // the tags field reads the network's tags (Volto asks at the root)
    const tags = await page.evaluate(async () => {
      const res = await fetch('/++api++/@vocabularies/plone.app.vocabularies.Keywords', {
        headers: { Accept: 'application/json' },
      });
      return res.status;
    });
    assert.equal(tags, 200, 'tags vocabulary for a unit editor');
    // the add menu of the news section offers what belongs there
    await page.goto(`${stack.url}${folder}`, { waitUntil: 'networkidle' });
    await page.locator('#toolbar-add').click();
    const menu = (await page.locator('#toolbar').textContent()).toLowerCase();
    assert.ok(menu.includes('mục tin tức'), menu);
    for (const other of ['easyform', 'bài viết', 'thư mục', 'sự kiện']) {
      assert.ok(!menu.includes(other), `no "${other}" in the add menu of Tin tức: ${menu}`);
    }
    await page.close();
  });

  it('dates news items in Vietnam time (dd/mm/yyyy)', async () => {
    const unit = unitByCode('180');
    // an editor of the unit writes a news item, published late in the UTC
    // day: in Vietnam (UTC+7) it is already the next day
    const auth = `Basic ${Buffer.from('editor-180:mttq-test-2026').toString('base64')}`;
    const created = await api(stack, `${unit.path}/tin-tuc`, {
      method: 'POST',
      headers: { Authorization: auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        '@type': 'News Item',
        title: 'Tin kiểm thử ngày đăng',
        description: 'Tin do bộ kiểm thử trình duyệt tạo.',
        effective: '2026-03-04T20:30:00+00:00',
        blocks: {
          'b0000000-0000-4000-8000-000000000001': { '@type': 'title' },
          'b0000000-0000-4000-8000-000000000002': { '@type': 'description' },
        },
        blocks_layout: {
          items: [
            'b0000000-0000-4000-8000-000000000001',
            'b0000000-0000-4000-8000-000000000002',
          ],
        },
      }),
    });
    const path = new URL(created['@id']).pathname.replace(/^\/Plone/, '');
    const page = await newPage();
    await page.goto(`${stack.url}${unit.path}/login`, { waitUntil: 'networkidle' });
    await page.fill('input#login', 'editor-180');
    await page.fill('input#password', 'mttq-test-2026');
    await page.locator('#login-form-submit').click();
    await page.waitForSelector('#toolbar');
    await page.goto(`${stack.url}${path}`, { waitUntil: 'networkidle' });
    const text = await page.locator('.mttq-publication-date').textContent();
    await screenshot(page, 'news-item');
    assert.equal(
      await page.locator('h1.documentFirstHeading').textContent(),
      'Tin kiểm thử ngày đăng',
    );
    await page.close();
    assert.equal(text, 'Ngày đăng: Thứ Năm, 05/03/2026 - 03:30');
  });

  it('reaches skip links, unit switcher, login, search, logo and menu by keyboard, with a visible focus ring', async () => {
    for (const code of ['20', '180']) {
      const unit = unitByCode(code);
      const page = await newPage();
      await page.goto(`${stack.url}${unit.path}`, { waitUntil: 'networkidle' });
      const menu = await page.$$eval('#navigation a.item', (as) => as.map((a) => a.getAttribute('href')));
      assert.ok(menu.length >= 2, 'a menu');
      const seen = [];
      for (let i = 0; i < 30; i += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const e = document.activeElement;
          const cs = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          const kinds = {
            skiplink: '.skiplink',
            switcher: '.mttq-unit-switcher summary',
            login: '.mttq-login-link',
            search: '.mttq-topbar .search input',
            'search-button': '.mttq-topbar .search button',
            brand: '.mttq-brand',
          };
          let kind = Object.keys(kinds).find((k) => e.matches(kinds[k])) || 'other';
          if (e.matches('#navigation a.item')) kind = `menu ${e.getAttribute('href')}`;
          return {
            kind,
            visible: r.width > 0 && r.height > 0 && cs.visibility !== 'hidden',
            ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
            outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
          };
        });
        seen.push(focused);
        if (focused.kind === `menu ${menu[menu.length - 1]}`) break;
      }
      await screenshot(page, `keyboard-focus-${code}`);
      assert.deepEqual(
        seen.map((f) => f.kind).filter((k) => k !== 'other'),
        [
          'skiplink',
          'skiplink',
          'skiplink',
          'switcher',
          'login',
          'search',
          'search-button',
          'brand',
          ...menu.map((href) => `menu ${href}`),
        ],
        `tab order on ${unit.path}`,
      );
      for (const f of seen) {
        assert.ok(f.visible, `${f.kind} visible when focused`);
        assert.ok(f.ring, `${f.kind} shows a focus ring (${f.outline})`);
      }
      await page.close();
    }
  });

  it('has no serious or critical accessibility violations on the homes', async () => {
    const report = {};
    for (const code of UNIT_CODES) {
      const page = await newPage();
      await page.goto(`${stack.url}${unitByCode(code).path}`, { waitUntil: 'networkidle' });
      report[code] = await axeViolations(page);
      await page.close();
    }
    assert.deepEqual(report, { 20: [], 178: [], 180: [] });
  });

  it('has no serious or critical accessibility violations on the login and 404 pages', async () => {
    const report = {};
    for (const path of ['/noi-bo', '/login', '/khong-co-trang-nay']) {
      const page = await newPage();
      await page.goto(`${stack.url}${path}`, { waitUntil: 'networkidle' });
      report[path] = await axeViolations(page);
      await page.close();
    }
    assert.deepEqual(report, { '/noi-bo': [], '/login': [], '/khong-co-trang-nay': [] });
  });

  it('keeps a closed unit readable as an archive', async () => {
    const unit = units.find((u) => u.level !== 'province' && !['178', '180'].includes(u.code) && u.state === 'active');
    assert.ok(unit, 'a unit to close');
    const auth = `Basic ${Buffer.from(`admin:${process.env.MTTQ_ADMIN_PASSWORD || 'admin'}`).toString('base64')}`;
    const close = (suffix) =>
      fetch(`${stack.api}/++api++/@units/${unit.code}/${suffix}`, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: auth },
        body: JSON.stringify({ comment: 'Sáp nhập theo Nghị quyết 1672/NQ-UBTVQH15' }),
      });
    // the contract names it @close; accept the plain spelling too
    let res = await close('@close');
    if (!res.ok) res = await close('close');
    assert.ok(res.ok, `closing ${unit.code}: HTTP ${res.status}`);
    const after = (await api(stack, '/@units')).items.find((u) => u.code === unit.code);
    assert.equal(after.state, 'closed');

    const page = await newPage();
    await page.goto(`${stack.url}/`, { waitUntil: 'networkidle' });
    await page.locator('.mttq-unit-switcher summary').click();
    const archived = page.locator(`.mttq-units-closed a[data-unit-code="${unit.code}"]`);
    assert.equal(await archived.count(), 1, 'listed among the archives');
    assert.equal(
      await page.locator(`.mttq-units-active a[data-unit-code="${unit.code}"]`).count(),
      0,
      'no longer among the active units',
    );
    assert.match(await archived.textContent(), /lưu trữ/);
    await archived.click();
    await page.waitForURL(`${stack.url}${unit.path}`);
    await page.waitForSelector('.mttq-archive-notice');
    assert.match(await page.locator('.mttq-archive-notice').textContent(), /kết thúc hoạt động/);
    assert.equal(await page.locator('.mttq-header').getAttribute('data-unit-code'), unit.code);
    await screenshot(page, 'closed-unit-archive');
    await page.close();
  });

  it('fits a 360 px wide screen, with a usable mobile menu', async () => {
    for (const code of ['20', '180']) {
      const unit = unitByCode(code);
      const page = await newPage(360);
      await page.goto(`${stack.url}${unit.path}`, { waitUntil: 'networkidle' });
      await screenshot(page, `home-${code}-360px`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);
      assert.equal(await page.locator('.mttq-unit-name').isVisible(), true);

      // the navigation folds into Volto's mobile menu
      await page.locator('.hamburger-wrapper button').click();
      const links = page.locator('.mobile-menu a.item');
      await links.first().waitFor({ state: 'visible' });
      assert.ok((await links.count()) >= 2, 'navigation in the mobile menu');
      if (unit.path !== '/') {
        for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
          assert.ok(href.startsWith(unit.path), `${href} inside ${unit.path}`);
        }
      }
      await page.waitForTimeout(600); // end of the slide-in
      await screenshot(page, `mobile-menu-${code}-360px`);
      // axe cannot judge colours over this fixed overlay: measure them
      const contrast = await page.evaluate(() => {
        const rgb = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
        const lum = ([r, g, b]) => {
          const f = (v) => {
            const x = v / 255;
            return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
          };
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const link = document.querySelector('.mobile-menu a.item:not(.active)');
        const fg = lum(rgb(getComputedStyle(link).color));
        const bg = lum(rgb(getComputedStyle(document.querySelector('.mobile-menu')).backgroundColor));
        return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      });
      assert.ok(contrast >= 4.5, `mobile menu links contrast ${contrast.toFixed(2)}:1`);
      assert.deepEqual(await axeViolations(page), [], 'open mobile menu');
      await page.close();
    }
  });

  it('speaks Vietnamese on Volto pages (login, search, not found)', async () => {
    const page = await newPage();
    await page.goto(`${stack.url}/login`, { waitUntil: 'networkidle' });
    assert.match(await page.locator('#page-login').textContent(), /Tên đăng nhập/);
    const notFound = await page.goto(`${stack.url}/khong-co-trang-nay`, { waitUntil: 'networkidle' });
    assert.equal(notFound.status(), 404);
    assert.match(await page.locator('#view').textContent(), /Trang này có vẻ không tồn tại/);
    await screenshot(page, 'not-found');
    await page.goto(`${stack.url}/search?SearchableText=M%E1%BA%B7t%20tr%E1%BA%ADn`, {
      waitUntil: 'networkidle',
    });
    assert.match(await page.locator('#page-search').textContent(), /Kết quả tìm kiếm|Tìm kiếm/);
    await page.close();
  });

  it("shows a unit's work calendar by month and as a list, with shareable URLs", async () => {
    const unit = unitByCode('180');
    const folder = `${unit.path}/lich-cong-tac`;
    // 09:00-11:30 in Vietnam on the 10th of next month
    const now = new Date();
    const y = now.getUTCMonth() === 11 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
    const m = ((now.getUTCMonth() + 1) % 12) + 1;
    const mm = String(m).padStart(2, '0');
    await createEvent(stack, folder, {
      title: 'Hội nghị giao ban Mặt trận',
      start: `${y}-${mm}-10T02:00:00+00:00`,
      end: `${y}-${mm}-10T04:30:00+00:00`,
      location: 'Hội trường huyện',
    });
    const page = await newPage();
    await page.goto(`${stack.url}${folder}?thang=${y}-${mm}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.mttq-calendar-grid a');
    assert.equal(await page.locator('.mttq-calendar-title').textContent(), `Tháng ${mm}/${y}`);
    const cell = page.locator('.mttq-calendar-grid td', { hasText: 'Hội nghị giao ban' });
    assert.equal(await cell.locator('.mttq-calendar-day').textContent(), '10');
    assert.match(await cell.textContent(), /09:00–11:30/);
    await screenshot(page, 'calendar-month');
    assert.deepEqual(await axeViolations(page), [], 'calendar month view');

    await page.getByRole('link', { name: 'Dạng danh sách' }).click();
    await page.waitForURL(/xem=danh-sach/);
    await page.waitForSelector('.mttq-calendar-list h3');
    assert.equal(await page.locator('.mttq-calendar-list h3').first().textContent(), `10/${mm}/${y}`);
    assert.match(page.url(), new RegExp(`thang=${y}-${mm}`));
    // previous month: nothing planned
    await page.locator('a[rel="prev"]').click();
    // the loading notice shares the status line, so wait for the answer itself
    await page.locator('.mttq-calendar-status', { hasText: 'Không có lịch công tác' }).waitFor();
    assert.doesNotMatch(await page.locator('.mttq-calendar').textContent(), /Hội nghị giao ban/);
    await page.close();
  });

  it("shows a unit's photo library with its albums as galleries", async () => {
    const unit = unitByCode('180');
    const album = await createAlbum(stack, `${unit.path}/thu-vien-anh`, {
      title: 'Ngày hội Đại đoàn kết',
      photo: 'Khu dân cư Bản Chắt',
    });
    const page = await newPage();
    await page.goto(`${stack.url}${unit.path}/thu-vien-anh`, { waitUntil: 'networkidle' });
    await page.waitForSelector(`a[href="${album.path}"]`);
    assert.match(await page.locator('#page-document, #view').first().textContent(), /Ngày hội Đại đoàn kết/);
    await screenshot(page, 'photo-library');
    await page.close();
  });

  it("gives a unit's staff the month's feedback statistics, and nobody else", async () => {
    const unit = unitByCode('180');
    const sent = await rest(stack, 'POST', `${unit.path}/gui-phan-anh/@easyform`, {
      body: {
        data: {
          ho_ten: 'Lường Thị Hoa',
          email: 'hoa@example.vn',
          tieu_de: 'Đèn đường hỏng',
          noi_dung: 'Đèn đường đầu bản đã hỏng hai tuần.',
        },
      },
    });
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' })
      .format(new Date());

    const anonymous = await newPage();
    await anonymous.goto(`${stack.url}${unit.path}/thong-ke-phan-anh`, { waitUntil: 'networkidle' });
    assert.match(await anonymous.locator('.mttq-feedback-stats [role="alert"]').textContent(), /Vui lòng đăng nhập/);
    assert.equal(await anonymous.locator('.mttq-feedback-stats-table').count(), 0);
    await anonymous.context().close();

    const page = await newPage();
    await login(stack, page, 'editor-180', unit.path);
    await page.goto(`${stack.url}${unit.path}/thong-ke-phan-anh?thang=${month}`, { waitUntil: 'networkidle' });
    const row = page.locator('tr[data-unit="180"] td');
    await row.first().waitFor();
    assert.equal(await row.nth(1).textContent(), '1', 'the case received this month');
    assert.equal(await page.locator('tr[data-unit]').count(), 1, "only the editor's unit");
    await screenshot(page, 'feedback-stats-unit');
    // the network's figures are the province office's
    await page.goto(`${stack.url}/thong-ke-phan-anh?thang=${month}`, { waitUntil: 'networkidle' });
    await page.locator('.mttq-feedback-stats [role="alert"]').waitFor();
    assert.equal(await page.locator('.mttq-feedback-stats-table').count(), 0);
    await page.context().close();
  });
});
