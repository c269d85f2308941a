// Test helper: the add-on's Vietnamese catalogue as react-intl messages.
const fs = require('fs');
const path = require('path');
const Pofile = require('pofile');

const PO = path.join(__dirname, '../../locales/vi/LC_MESSAGES/volto.po');

export default function viMessages() {
  const po = Pofile.parse(fs.readFileSync(PO, 'utf8'));
  const out = {};
  po.items.forEach((item) => {
    if (item.msgstr[0]) out[item.msgid] = item.msgstr[0];
  });
  return out;
}
