import * as phrases from 'react-dates/lib/defaultPhrases';
import localizeDatePicker, { VI_PHRASES } from './datePicker';

describe('localizeDatePicker', () => {
  it('puts Vietnamese into every phrase object react-dates uses', () => {
    localizeDatePicker();
    expect(phrases.SingleDatePickerPhrases.keyboardForwardNavigationInstructions).toMatch(
      /^Bấm phím Tab/,
    );
    expect(phrases.DayPickerKeyboardShortcutsPhrases.keyboardShortcuts).toBe('Phím tắt');
    expect(phrases.default.closeDatePicker).toBe('Đóng');
    expect(phrases.CalendarDayPhrases.dateIsSelected({ date: '25/11/2026' })).toBe(
      'Đã chọn. 25/11/2026',
    );
  });

  it('leaves no English phrase that react-dates defines', () => {
    localizeDatePicker();
    Object.values(phrases).forEach((group) => {
      if (!group || typeof group !== 'object') return;
      Object.keys(group).forEach((key) => {
        expect(VI_PHRASES).toHaveProperty(key);
        expect(group[key]).toBe(VI_PHRASES[key]);
      });
    });
  });
});
