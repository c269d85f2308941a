// Test fixtures: three units of the 2021 network as `@units` returns them.
export const province = {
  '@id': 'http://localhost:8080/Plone',
  code: '20',
  name: 'Tỉnh Lạng Sơn',
  title: 'Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn',
  level: 'province',
  path: '/',
  state: 'active',
  interface: {
    short_name: 'MTTQ tỉnh Lạng Sơn',
    logo: null,
    primary_color: '#b71c1c',
    secondary_color: '#f9a825',
  },
};
export const thanhPho = {
  '@id': 'http://localhost:8080/Plone/thanh-pho-lang-son',
  code: '178',
  name: 'Thành phố Lạng Sơn',
  title: 'Ủy ban MTTQ Việt Nam thành phố Lạng Sơn',
  level: 'district',
  path: '/thanh-pho-lang-son',
  state: 'active',
  interface: {
    short_name: 'MTTQ thành phố Lạng Sơn',
    logo: null,
    primary_color: '#0d47a1',
    secondary_color: '#ffca28',
  },
};
export const trangDinh = {
  '@id': 'http://localhost:8080/Plone/huyen-trang-dinh',
  code: '180',
  name: 'Huyện Tràng Định',
  title: 'Ủy ban MTTQ Việt Nam huyện Tràng Định',
  level: 'district',
  path: '/huyen-trang-dinh',
  state: 'active',
  interface: {
    short_name: 'MTTQ huyện Tràng Định',
    logo: null,
    primary_color: '#1b5e20',
    secondary_color: '#fbc02d',
  },
};
export const units = [province, thanhPho, trangDinh];

const scales = (base) => ({
  preview_image_link: [
    {
      base_path: `${base}/anh.png`,
      'content-type': 'image/png',
      download: '@@images/image-800-a.png',
      width: 800,
      height: 450,
      scales: {
        preview: { download: '@@images/image-400-b.png', width: 400, height: 225 },
        thumb: { download: '@@images/image-128-c.png', width: 128, height: 72 },
      },
    },
  ],
});

/** A catalog brain of a news item, as @querystring-search returns it. */
export function brain(path, title, { unit_code, effective, image } = {}) {
  return {
    '@id': `http://localhost:8080/Plone${path}`,
    '@type': 'News Item',
    title,
    description: `Tóm tắt: ${title}`,
    effective: effective || '2026-03-04T20:30:00+00:00',
    created: '2026-03-01T01:00:00+00:00',
    review_state: 'published',
    unit_code,
    image_field: image ? 'preview_image_link' : '',
    image_scales: image ? scales(path) : null,
  };
}
