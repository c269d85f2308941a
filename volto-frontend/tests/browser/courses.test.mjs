// Browser test of the course player: a cadre opens "Học tập của tôi", takes
// the demo course "Kỹ năng số cơ bản cho cán bộ Mặt trận" through every
// lesson and quiz (answering by keyboard), downloads the certificate PDF,
// opens the verification page of its code as a visitor, and the province
// office's dashboard data (@completion) counts the cadre as completed.
// Against a fresh backend with the demo content (../scripts/test-backend).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  startStack,
  rest,
  login,
  newPage,
  axeViolations,
  RESULTS,
  REPO,
} from './harness.mjs';

const COURSE_TITLE = 'Kỹ năng số cơ bản cho cán bộ Mặt trận';
const CADRE = 'cadre-178';
const CADRE_NAME = 'Cán bộ TP Lạng Sơn';
let stack;
let course; // { path, uid }
let answers; // question UID -> right choice numbers, read as the admin

async function ok(promise, what) {
  const res = await promise;
  assert.ok(
    res.status < 300,
    `${what}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
  );
  return res.body;
}

/** Text of a PDF (pypdf from the backend's environment). */
function pdfText(file) {
  return execFileSync(path.join(REPO, '.venv/bin/python'), [
    '-c',
    'import sys, pypdf; print("\\n".join(p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages))',
    file,
  ]).toString();
}

/**
 * A screenshot of what the learner sees (the viewport, scrolled to `selector`):
 * Chromium's full-page capture paints Volto's fixed toolbar over pages
 * reached by client-side navigation.
 */
async function screenshot(page, name, selector) {
  if (selector) await page.locator(selector).first().scrollIntoViewIfNeeded();
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`) });
}

/** Follow a link of the player to the page titled `title` (client-side). */
async function follow(page, link, title) {
  await link.click();
  // Volto keeps the old page until the new content has come.
  await page.waitForFunction(
    (t) => document.querySelector('h1.documentFirstHeading')?.textContent === t,
    title,
  );
}

/** The page is one of the player's, loaded with its outline. */
async function playerPage(page) {
  await page.waitForSelector(
    '.mttq-lesson-view .mttq-course-progress, .mttq-quiz-view .mttq-quiz-start',
  );
  return (await page.locator('.mttq-quiz-view').count()) ? 'quiz' : 'lesson';
}

describe('the course player', { timeout: 30 * 60 * 1000 }, () => {
  before(async () => {
    // The demo content carries the demo course (mandatory for every unit).
    process.env.MTTQ_TEST_DEMO = '1';
    stack = await startStack();
    const found = await ok(
      rest(stack, 'GET', `/@search?portal_type=Course&Title=${encodeURIComponent(COURSE_TITLE)}&metadata_fields=UID`, {
        user: 'admin',
      }),
      'find the demo course',
    );
    assert.equal(found.items_total, 1);
    course = {
      path: new URL(found.items[0]['@id']).pathname.replace(/^\/Plone/, ''),
      uid: found.items[0].UID,
    };
    // The right answers, from the course's editor side (never from what
    // the learner's browser receives).
    const questions = await ok(
      rest(stack, 'GET', `/@search?portal_type=Question&path=${encodeURIComponent(`/Plone${course.path}`)}&fullobjects=1&b_size=100`, {
        user: 'admin',
      }),
      'questions',
    );
    answers = Object.fromEntries(questions.items.map((q) => [q.UID, q.correct]));
    assert.equal(Object.keys(answers).length, 8);
    assert.ok(Object.values(answers).every((c) => Array.isArray(c) && c.length));
  });
  after(async () => {
    if (stack) await stack.stop();
  });

  it('takes a cadre through the demo course to the certificate and its verification', async () => {
    const page = await newPage(stack);
    await login(stack, page, CADRE);

    // Học tập của tôi: the mandatory course, not started.
    await page.goto(`${stack.url}/hoc-tap-cua-toi`, { waitUntil: 'networkidle' });
    const entry = page.locator('.mttq-course-list li', { hasText: COURSE_TITLE });
    await entry.waitFor();
    assert.match(await entry.textContent(), /Bắt buộc/);
    assert.match(await entry.textContent(), /0\/9 nội dung bắt buộc \(0%\)/);
    await follow(page, entry.locator('h2 a'), COURSE_TITLE);

    // The course page: progress, modules and items, where to start.
    await page.waitForSelector('.mttq-course-view .mttq-course-outline');
    assert.equal(new URL(page.url()).pathname, course.path);
    const modules = await page.$$eval('.mttq-course-module > h3', (hs) => hs.map((h) => h.textContent));
    assert.equal(modules.length, 3);
    assert.equal(await page.locator('.mttq-course-items li').count(), 9);
    assert.match(await page.textContent('.mttq-course-status'), /0\/9 nội dung bắt buộc \(0%\)/);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'course-page');
    const start = page.locator('.mttq-resume-item');
    const first = (await start.textContent()).match(/^Bắt đầu học: (.+)$/);
    assert.ok(first, 'the course starts with "Bắt đầu học"');
    await follow(page, start, first[1]);

    let lessons = 0;
    let quizzes = 0;
    for (let step = 0; step < 12; step += 1) {
      const kind = await playerPage(page);
      if (kind === 'lesson') {
        lessons += 1;
        assert.ok((await page.textContent('.mttq-lesson-text')).length > 20, 'lesson text');
        await page.click('.mttq-mark-done');
        await page.waitForSelector('.mttq-lesson-done-note');
        if (lessons === 1) {
          assert.match(await page.textContent('.mttq-course-progress'), /1\/9/);
          assert.deepEqual(await axeViolations(page), [], 'lesson page');
          await screenshot(page, 'course-lesson');
        }
      } else {
        quizzes += 1;
        const rules = await page.textContent('.mttq-quiz-rules');
        assert.match(rules, /Điểm đạt: 60%/);
        assert.match(rules, /đã dùng 0\/3, còn 3 lượt/);
        assert.match(rules, /15 phút/);
        assert.equal(await page.locator('.mttq-quiz-pool').count(), 0, 'no question pool for learners');
        await page.click('.mttq-quiz-begin');
        await page.waitForSelector('.mttq-quiz-form');
        assert.match(await page.textContent('[role="timer"]'), /^1[45]:\d\d$/);
        const uids = await page.$$eval('.mttq-quiz-question input', (inputs) => [
          ...new Set(inputs.map((i) => i.name.replace(/^mttq-q-/, ''))),
        ]);
        assert.ok(uids.length >= 2);
        // Answer by keyboard: focus each right choice and press Space.
        for (const uid of uids) {
          assert.ok(answers[uid], `question ${uid} is one of the course's`);
          for (const n of answers[uid]) {
            await page.focus(`#mttq-q-${uid}-${n}`);
            await page.keyboard.press('Space');
            assert.ok(await page.isChecked(`#mttq-q-${uid}-${n}`));
          }
        }
        if (quizzes === 1) {
          assert.deepEqual(await axeViolations(page), [], 'quiz form');
          await screenshot(page, 'course-quiz', '.mttq-quiz-form');
        }
        await page.focus('.mttq-quiz-submit');
        await page.keyboard.press('Enter');
        await page.waitForSelector('.mttq-quiz-result');
        const result = await page.textContent('.mttq-quiz-result');
        assert.match(result, /Kết quả: Đạt/);
        assert.match(result, /Điểm: 100%/);
        assert.match(result, /Còn 2 lượt làm bài/);
        // The demo course shows the corrections after an attempt.
        assert.equal(await page.locator('.mttq-quiz-review > ol > li').count(), uids.length);
        // The result takes the keyboard focus.
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'mttq-quiz-result-heading');
        if (quizzes === 1) await screenshot(page, 'course-quiz-result', '.mttq-quiz-result');
      }
      const next = page.locator('a[rel="next"]');
      if (!(await next.count())) break;
      await follow(page, next, (await next.textContent()).replace(/^Tiếp theo: /, ''));
    }
    assert.deepEqual([lessons, quizzes], [6, 3]);

    // The last quiz completed the course: the certificate is offered.
    const done = page.locator('.mttq-quiz-result .mttq-course-done');
    assert.match(await done.textContent(), /Bạn đã hoàn thành khóa học/);
    await page.goto(`${stack.url}${course.path}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.mttq-course-status[data-status="completed"]');
    assert.match(await page.textContent('.mttq-course-status'), /9\/9 nội dung bắt buộc \(100%\)/);
    assert.equal(await page.locator('.mttq-course-items li[data-done="false"]').count(), 0);
    await screenshot(page, 'course-completed');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.mttq-certificate'),
    ]);
    const file = path.join(RESULTS, 'course-certificate.pdf');
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    const text = pdfText(file).normalize('NFC');
    assert.ok(text.includes(CADRE_NAME), `the cadre's name in the PDF: ${text}`);
    assert.ok(text.includes(COURSE_TITLE.slice(0, 20)), 'the course in the PDF');
    const code = text.match(/MTTQ-[A-Z2-9]{10}/)?.[0];
    assert.ok(code, 'the certificate code in the PDF');

    // The QR code's page, for anybody (a fresh, anonymous browser).
    const visitor = await newPage(stack, 360);
    await visitor.goto(`${stack.url}/xac-minh-chung-chi/${code}`, { waitUntil: 'networkidle' });
    await visitor.waitForSelector('.mttq-verify-valid');
    const values = await visitor.$$eval('#page-verify-certificate dd', (dds) => dds.map((d) => d.textContent));
    assert.equal(values[0], code);
    assert.equal(values[1], CADRE_NAME);
    assert.equal(values[2], COURSE_TITLE);
    assert.match(values[3], /^\d\d\/\d\d\/\d{4}$/);
    await screenshot(visitor, 'course-certificate-verified');

    // The province office's dashboard counts the cadre as completed.
    const completion = await ok(rest(stack, 'GET', '/@completion', { user: 'province-admin' }), '@completion');
    const row = completion.items.find((i) => i.uid === course.uid);
    const unit = row.units.find((u) => u.unit === '178');
    assert.ok(unit.completed >= 1, JSON.stringify(unit));
    const cadres = await ok(
      rest(stack, 'GET', `/@completion?course=${course.uid}&unit=178`, { user: 'province-admin' }),
      'drill-down',
    );
    const me = cadres.items.find((c) => c.userid === CADRE);
    assert.equal(me.status, 'completed');
  });

  it('leaves editing a course, lesson and quiz to Volto’s edit form', async () => {
    const page = await newPage(stack);
    await login(stack, page, 'admin');
    for (const sub of ['', '/thu-dien-tu-va-mat-khau/mat-khau-manh', '/thu-dien-tu-va-mat-khau/kiem-tra']) {
      await page.goto(`${stack.url}${course.path}${sub}/edit`, { waitUntil: 'networkidle' });
      await page.waitForSelector('#field-title');
      assert.ok((await page.inputValue('#field-title')).length > 5, `edit form of ${sub || 'the course'}`);
    }
    // A quiz's editor sees its question pool on the page (learners do not).
    await page.goto(`${stack.url}${course.path}/thu-dien-tu-va-mat-khau/kiem-tra`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.mttq-quiz-pool li');
    assert.equal(await page.locator('.mttq-quiz-pool li').count(), 3);
  });

  it('works at 360 px, and a visitor never gets the course', async () => {
    const page = await newPage(stack, 360);
    await login(stack, page, 'cadre-180');
    await page.goto(`${stack.url}${course.path}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.mttq-course-status');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no horizontal scrolling at 360 px (${width})`);
    const resume = page.locator('.mttq-resume-item');
    await follow(page, resume, (await resume.textContent()).replace(/^[^:]+: /, ''));
    await page.waitForSelector('.mttq-mark-done');
    const quiz = page.locator('a[rel="next"]');
    assert.ok(await quiz.count());
    const lessonWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(lessonWidth <= 360, `lesson at 360 px (${lessonWidth})`);
    await screenshot(page, 'course-lesson-360');
    // A visitor never gets the course: the login form instead.
    const visitor = await newPage(stack);
    const res = await visitor.goto(`${stack.url}${course.path}`, { waitUntil: 'networkidle' });
    assert.equal(res.status(), 401);
    await visitor.waitForSelector('input#login');
    assert.equal(await visitor.locator('.mttq-course-outline').count(), 0);
    // Neither the outline nor a module's title (the page's text, not the
    // catalogue of messages in its script).
    const seen = await visitor.evaluate(() => document.body.innerText);
    assert.doesNotMatch(seen, /Sử dụng an toàn thư điện tử và mật khẩu/);
  });
});
