// The add-on's webpack extension keeps moment's Vietnamese locale, which
// Volto's own configuration drops (date pickers would show English names).
const MomentLocalesPlugin = require('moment-locales-webpack-plugin');
const { modify } = require('../razzle.extend');

describe('razzle.extend', () => {
  it("adds Vietnamese to the moment locales Volto keeps, and leaves other plugins alone", () => {
    const other = { name: 'other plugin' };
    const config = modify({ plugins: [new MomentLocalesPlugin({ localesToKeep: ['de'] }), other] });
    const [locales, untouched] = config.plugins;
    expect(locales.newContentRegExp.test('/locale/vi.js')).toBe(true);
    expect(locales.newContentRegExp.test('/locale/de.js')).toBe(true);
    expect(locales.newContentRegExp.test('/locale/zh-tw.js')).toBe(false);
    expect(untouched).toBe(other);
  });

  it('finds the plugin in the configuration Volto builds', () => {
    const volto = new MomentLocalesPlugin({ localesToKeep: ['en', 'de'] });
    expect(volto.newContentRegExp.test('/locale/vi.js')).toBe(false);
    expect(modify({ plugins: [volto] }).plugins[0]).not.toBe(volto);
  });
});
