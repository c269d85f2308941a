/**
 * Vietnamese for the date picker of edit forms.
 *
 * Volto's date widgets use react-dates without passing `phrases`, so its
 * English defaults (screen-reader instructions shown under every date
 * field, the keyboard-shortcut panel) would show in Vietnamese forms. The
 * components take their defaults from the exported phrase objects of
 * `react-dates/lib/defaultPhrases`: filling those objects in place
 * translates every picker, without shadowing a Volto widget.
 */
import * as defaultPhrases from 'react-dates/lib/defaultPhrases';

const instructions =
  'Bấm phím Tab để chọn ngày trên lịch. Bấm phím dấu hỏi (?) để xem các phím tắt đổi ngày.';

export const VI_PHRASES = {
  calendarLabel: 'Lịch',
  roleDescription: 'bộ chọn ngày',
  closeDatePicker: 'Đóng',
  focusStartDate: 'Chọn ngày bắt đầu trên lịch.',
  clearDate: 'Xóa ngày',
  clearDates: 'Xóa các ngày',
  jumpToPrevMonth: 'Về tháng trước.',
  jumpToNextMonth: 'Sang tháng sau.',
  keyboardShortcuts: 'Phím tắt',
  showKeyboardShortcutsPanel: 'Mở bảng phím tắt.',
  hideKeyboardShortcutsPanel: 'Đóng bảng phím tắt.',
  openThisPanel: 'Mở bảng này.',
  enterKey: 'Phím Enter',
  leftArrowRightArrow: 'Phím mũi tên trái và phải',
  upArrowDownArrow: 'Phím mũi tên lên và xuống',
  pageUpPageDown: 'Phím Page Up và Page Down',
  homeEnd: 'Phím Home và End',
  escape: 'Phím Esc',
  questionMark: 'Dấu hỏi',
  selectFocusedDate: 'Chọn ngày đang được chọn.',
  moveFocusByOneDay: 'Lùi (trái) hoặc tiến (phải) một ngày.',
  moveFocusByOneWeek: 'Lùi (lên) hoặc tiến (xuống) một tuần.',
  moveFocusByOneMonth: 'Đổi tháng.',
  moveFocustoStartAndEndOfWeek: 'Về ngày đầu hoặc cuối tuần.',
  returnFocusToInput: 'Trở lại ô nhập ngày.',
  keyboardForwardNavigationInstructions: instructions,
  keyboardBackwardNavigationInstructions: instructions,
  chooseAvailableStartDate: ({ date }) => `Chọn ${date} làm ngày bắt đầu.`,
  chooseAvailableEndDate: ({ date }) => `Chọn ${date} làm ngày kết thúc.`,
  chooseAvailableDate: ({ date }) => date,
  dateIsUnavailable: ({ date }) => `Không chọn được. ${date}`,
  dateIsSelected: ({ date }) => `Đã chọn. ${date}`,
  dateIsSelectedAsStartDate: ({ date }) => `Đã chọn làm ngày bắt đầu. ${date}`,
  dateIsSelectedAsEndDate: ({ date }) => `Đã chọn làm ngày kết thúc. ${date}`,
};

/** Translate every phrase object react-dates exports (idempotent). */
export default function localizeDatePicker(phrases = defaultPhrases) {
  Object.values(phrases).forEach((group) => {
    if (!group || typeof group !== 'object') return;
    Object.keys(group).forEach((key) => {
      if (key in VI_PHRASES) group[key] = VI_PHRASES[key];
    });
  });
}
