import viMessages from './testing/viMessages';

const { placeholders, addonMessages } = require('../../../scripts/i18n');

const messages = viMessages();

describe('Vietnamese catalogue', () => {
  it('translates what readers, editors and cadres see', () => {
    const expected = {
      // login and session
      'Log in': 'Đăng nhập',
      Logout: 'Đăng xuất',
      'Login Name': 'Tên đăng nhập',
      Password: 'Mật khẩu',
      box_forgot_password_option: 'Quên mật khẩu?',
      // toolbar, add menu, edit forms
      Edit: 'Sửa',
      Contents: 'Nội dung',
      Add: 'Thêm',
      'Add {type}': 'Thêm {type}',
      // the toolbar's "More" menu, not a second "Thêm" next to "Add"
      More: 'Tác vụ khác',
      Save: 'Lưu',
      Cancel: 'Hủy',
      'Personal tools': 'Công cụ cá nhân',
      'Site Setup': 'Thiết lập trang',
      // workflow, sharing, history
      'Change State': 'Đổi trạng thái',
      published: 'Đã xuất bản',
      private: 'Riêng tư',
      pending: 'Chờ duyệt',
      Sharing: 'Chia sẻ',
      History: 'Lịch sử',
      // contents view
      Cut: 'Cắt',
      Copy: 'Sao chép',
      Paste: 'Dán',
      Delete: 'Xóa',
      Rename: 'Đổi tên',
      Upload: 'Tải lên',
      // search, navigation, errors
      Search: 'Tìm kiếm',
      'Search results': 'Kết quả tìm kiếm',
      'skiplink-main-content': 'Chuyển tới nội dung chính',
      'This page does not seem to exist…': 'Trang này có vẻ không tồn tại…',
      Unauthorized: 'Chưa được phép truy cập',
      Forbidden: 'Không được phép truy cập',
      'Server Error': 'Lỗi máy chủ',
      Home: 'Trang chủ',
      Document: 'Trang',
      'News Item': 'Tin tức',
      Folder: 'Thư mục',
    };
    Object.entries(expected).forEach(([id, vi]) => {
      expect([id, messages[id]]).toEqual([id, vi]);
    });
  });

  it('keeps every ICU placeholder of the English messages', () => {
    expect(placeholders('Add {type}')).toBe('type');
    expect(
      placeholders('{count, plural, one {Upload {count} file} other {x}}'),
    ).toBe('count');
    const bad = [];
    Object.entries(messages).forEach(([id, vi]) => {
      if (/\{/.test(id) && placeholders(id) !== placeholders(vi)) {
        bad.push(id);
      }
    });
    expect(bad).toEqual([]);
  });

  it("translates all of the add-on's own messages", () => {
    const ids = Object.keys(addonMessages());
    expect(ids.length).toBeGreaterThan(10);
    ids.forEach((id) => expect([id, !!messages[id]]).toEqual([id, true]));
  });

  it('covers nearly all of Volto', () => {
    const translated = Object.keys(messages).filter(
      (id) => !id.startsWith('mttq-'),
    );
    expect(translated.length).toBeGreaterThanOrEqual(1000);
  });
});
