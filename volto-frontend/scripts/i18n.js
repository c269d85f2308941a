#!/usr/bin/env node
/* Vietnamese catalogue of the frontend (packages/volto-mttq/locales/vi).
 *
 *   node scripts/i18n.js --check    report coverage; exit 1 on errors
 *   node scripts/i18n.js --update   add new msgids (Volto upgrade, new
 *                                   add-on messages) with empty msgstr
 *
 * Sources of msgids: Volto's and volto-slate's volto.pot, and the add-on's
 * own messages (defineMessages ids starting with "mttq-").
 * Errors: a translation whose ICU placeholders ({name}) differ from the
 * English message's, an add-on message without translation, or coverage of
 * Volto's messages under the threshold.
 */
const fs = require('fs');
const path = require('path');
const Pofile = require('pofile');

const root = path.resolve(__dirname, '..');
const PO = path.join(root, 'packages/volto-mttq/locales/vi/LC_MESSAGES/volto.po');
const MIN_COVERAGE = 0.99;

function potItems(pkg) {
  const dir = path.dirname(require.resolve(`${pkg}/package.json`, { paths: [root] }));
  const file = path.join(dir, 'locales/volto.pot');
  return fs.existsSync(file) ? Pofile.parse(fs.readFileSync(file, 'utf8')).items : [];
}

function defaultOf(item) {
  const c = (item.extractedComments || []).find((x) => x.startsWith('Default: '));
  if (!c) return item.msgid;
  try {
    return JSON.parse(c.slice('Default: '.length));
  } catch (e) {
    return c.slice('Default: '.length);
  }
}

/** The add-on's own messages: { id: defaultMessage }. */
function addonMessages() {
  const out = {};
  const walk = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.jsx?$/.test(e.name) && !/\.test\./.test(e.name)) {
        const src = fs.readFileSync(p, 'utf8');
        const re = /id:\s*'(mttq-[^']+)',\s*defaultMessage:\s*('(?:[^'\\]|\\.)*'(?:\s*\+\s*'(?:[^'\\]|\\.)*')*)/g;
        let m;
        while ((m = re.exec(src))) {
          // eslint-disable-next-line no-eval
          out[m[1]] = eval(m[2]);
        }
        // defaultMessage on the next line
        const re2 = /id:\s*'(mttq-[^']+)',\s*\n\s*defaultMessage:\s*\n?\s*('(?:[^'\\]|\\.)*')/g;
        while ((m = re2.exec(src))) {
          // eslint-disable-next-line no-eval
          if (!(m[1] in out)) out[m[1]] = eval(m[2]);
        }
      }
    });
  walk(path.join(root, 'packages/volto-mttq/src'));
  return out;
}

/** Top-level ICU argument names of a message: "{a} {b, plural, ...}" -> a,b */
function placeholders(message) {
  const names = new Set();
  let depth = 0;
  let start = -1;
  for (let i = 0; i < message.length; i += 1) {
    const ch = message[i];
    if (ch === '{') {
      if (depth === 0) start = i + 1;
      depth += 1;
    } else if (ch === '}') {
      depth -= 1;
      if (depth === 0 && start >= 0) {
        names.add(message.slice(start, i).split(',')[0].trim());
        start = -1;
      }
    }
  }
  return [...names].sort().join(',');
}

function main() {
  const mode = process.argv[2] || '--check';
  const po = Pofile.parse(fs.readFileSync(PO, 'utf8'));
  const byId = new Map(po.items.map((i) => [i.msgid, i]));

  const wanted = new Map();
  [...potItems('@plone/volto'), ...potItems('@plone/volto-slate')].forEach((i) => {
    if (!wanted.has(i.msgid)) wanted.set(i.msgid, { en: defaultOf(i), core: true });
  });
  Object.entries(addonMessages()).forEach(([id, text]) => {
    wanted.set(id, { en: text, core: false });
  });

  if (mode === '--update') {
    let added = 0;
    wanted.forEach((info, id) => {
      if (!byId.has(id)) {
        const item = new Pofile.Item();
        item.msgid = id;
        item.extractedComments = [`Default: ${JSON.stringify(info.en)}`];
        item.msgstr = [info.core ? '' : info.en];
        po.items.push(item);
        added += 1;
      }
    });
    fs.writeFileSync(PO, `${po.toString()}\n`);
    console.log(`added ${added} msgids to ${path.relative(root, PO)}`);
    return 0;
  }

  const errors = [];
  let coreTotal = 0;
  let coreDone = 0;
  const untranslated = [];
  wanted.forEach((info, id) => {
    const item = byId.get(id);
    const msgstr = item?.msgstr?.[0] || '';
    if (info.core) coreTotal += 1;
    if (!msgstr) {
      if (!info.core) errors.push(`add-on message without translation: ${id}`);
      else untranslated.push(id);
      return;
    }
    if (info.core) coreDone += 1;
    if (placeholders(msgstr) !== placeholders(info.en)) {
      errors.push(
        `placeholders differ for ${JSON.stringify(id)}: ` +
          `${placeholders(info.en) || '-'} vs ${placeholders(msgstr) || '-'}`,
      );
    }
  });
  const coverage = coreTotal ? coreDone / coreTotal : 1;
  console.log(
    `Volto messages: ${coreDone}/${coreTotal} translated (${(coverage * 100).toFixed(1)}%)`,
  );
  if (untranslated.length) {
    console.log(`untranslated: ${untranslated.map((u) => JSON.stringify(u)).join(', ')}`);
  }
  if (coverage < MIN_COVERAGE) {
    errors.push(`coverage under ${MIN_COVERAGE * 100}%`);
  }
  errors.forEach((e) => console.error(`ERROR ${e}`));
  return errors.length ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main();
}

module.exports = { placeholders, addonMessages, defaultOf };
