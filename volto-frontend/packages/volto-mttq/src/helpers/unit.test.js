import {
  contrastRatio,
  cssVariables,
  cssVariablesRule,
  findUnitForPath,
  imageUrl,
  isColor,
  normalizePath,
  resolveInterface,
  splitUnits,
  textColorOn,
} from './unit';

const province = {
  '@id': 'http://localhost:8080/Plone',
  code: '20',
  name: 'Tỉnh Lạng Sơn',
  title: 'Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn',
  level: 'province',
  path: '/',
  state: 'active',
  interface: {
    short_name: 'MTTQ tỉnh Lạng Sơn',
    logo: 'http://localhost:8080/Plone/@@images/logo',
    primary_color: '#b71c1c',
    secondary_color: '#f9a825',
  },
};
const trangDinh = {
  '@id': 'http://localhost:8080/Plone/huyen-trang-dinh',
  code: '180',
  name: 'Huyện Tràng Định',
  level: 'district',
  path: '/huyen-trang-dinh',
  state: 'active',
  interface: {
    short_name: 'MTTQ Tràng Định',
    logo: null,
    primary_color: '#0d47a1',
    secondary_color: '#ffca28',
  },
};
const trang = {
  // a prefix of "huyen-trang-dinh" must not be taken for it
  '@id': 'http://localhost:8080/Plone/huyen-trang',
  code: '999',
  name: 'Huyện Tràng',
  level: 'district',
  path: '/huyen-trang',
  state: 'closed',
  interface: { short_name: 'MTTQ Tràng' },
};
const units = [trangDinh, trang, province];

describe('normalizePath', () => {
  it('normalises slashes, query strings and empty paths', () => {
    expect(normalizePath('')).toBe('/');
    expect(normalizePath('/')).toBe('/');
    expect(normalizePath('huyen-trang-dinh/')).toBe('/huyen-trang-dinh');
    expect(normalizePath('/a/b?x=1#y')).toBe('/a/b');
  });
});

describe('findUnitForPath', () => {
  it('finds the deepest unit containing the path', () => {
    expect(findUnitForPath(units, '/')).toBe(province);
    expect(findUnitForPath(units, '/tin-tuc/bai-1')).toBe(province);
    expect(findUnitForPath(units, '/huyen-trang-dinh')).toBe(trangDinh);
    expect(findUnitForPath(units, '/huyen-trang-dinh/tin-tuc/a')).toBe(
      trangDinh,
    );
    expect(findUnitForPath(units, '/huyen-trang/van-ban')).toBe(trang);
    expect(findUnitForPath(units, '/huyen-trangx')).toBe(province);
  });
  it('falls back to @id when a unit has no path', () => {
    const { path, ...noPath } = trangDinh;
    expect(findUnitForPath([province, noPath], '/huyen-trang-dinh/x')).toBe(
      noPath,
    );
  });
  it('returns null without units', () => {
    expect(findUnitForPath([], '/')).toBeNull();
    expect(findUnitForPath(undefined, '/')).toBeNull();
  });
});

describe('splitUnits', () => {
  it('puts the province first and closed units apart', () => {
    const { active, closed } = splitUnits(units);
    expect(active.map((u) => u.code)).toEqual(['20', '180']);
    expect(closed.map((u) => u.code)).toEqual(['999']);
  });
});

describe('colours', () => {
  it('validates #rgb/#rrggbb colours only', () => {
    expect(isColor('#b71c1c')).toBe(true);
    expect(isColor('#fff')).toBe(true);
    expect(isColor('red')).toBe(false);
    expect(isColor('#b71c1')).toBe(false);
    expect(isColor('url(x)')).toBe(false);
  });
  it('picks a readable text colour', () => {
    expect(textColorOn('#b71c1c')).toBe('#ffffff');
    expect(textColorOn('#f9a825')).toBe('#000000');
    ['#b71c1c', '#f9a825', '#0d47a1', '#ffffff', '#777777', '#767676', '#888888'].forEach((bg) => {
      expect(contrastRatio(bg, textColorOn(bg))).toBeGreaterThanOrEqual(4.5);
    });
  });
  it('exposes the colours as CSS custom properties', () => {
    const vars = cssVariables({
      primary_color: '#0d47a1',
      secondary_color: '#ffca28',
    });
    expect(vars['--mttq-primary']).toBe('#0d47a1');
    expect(vars['--mttq-secondary']).toBe('#ffca28');
    expect(vars['--mttq-on-primary']).toBe('#ffffff');
    expect(vars['--mttq-primary-dark']).toMatch(/^#[0-9a-f]{6}$/);
    expect(
      cssVariablesRule({ primary_color: '#0d47a1', secondary_color: '#ffca28' }),
    ).toMatch(/^html:root\{--mttq-primary:#0d47a1;.*--mttq-secondary:#ffca28/);
  });
});

describe('imageUrl', () => {
  it('reads plain URLs and plone.restapi image serializations', () => {
    expect(imageUrl('http://localhost:8080/Plone/@@images/logo')).toBe(
      '/@@images/logo',
    );
    expect(
      imageUrl({
        download: 'http://localhost:8080/Plone/x/@@images/logo-1.png',
        scales: {
          preview: {
            download: 'http://localhost:8080/Plone/x/@@images/logo-400.png',
          },
        },
      }),
    ).toBe('/x/@@images/logo-400.png');
    expect(
      imageUrl({ download: 'http://localhost:8080/Plone/x/@@images/l.png' }),
    ).toBe('/x/@@images/l.png');
    expect(imageUrl(null)).toBeNull();
  });
});

describe('resolveInterface', () => {
  const inheritedTrangDinh = {
    path: '/huyen-trang-dinh/tin-tuc',
    from: '/huyen-trang-dinh',
    data: {
      short_name: 'Mặt trận Tràng Định',
      primary_color: '#1b5e20',
      footer_address: 'Thị trấn Thất Khê, huyện Tràng Định',
      footer_phone: '0205 3880 123',
      footer_links: [{ title: 'Cổng tỉnh', url: 'https://langson.gov.vn' }],
      banner: null,
    },
  };

  it('uses the Front palette without any data', () => {
    const s = resolveInterface({ unit: null, units: [], inherited: null });
    expect(s.primary_color).toBe('#b71c1c');
    expect(s.secondary_color).toBe('#f9a825');
    expect(s.logoUrl).toBeNull();
  });

  it('uses the unit entry of @units', () => {
    const s = resolveInterface({ unit: trangDinh, units, inherited: null });
    expect(s.short_name).toBe('MTTQ Tràng Định');
    expect(s.primary_color).toBe('#0d47a1');
    expect(s.secondary_color).toBe('#ffca28');
  });

  it('lets the content-inherited settings of the same unit win', () => {
    const s = resolveInterface({
      unit: trangDinh,
      units,
      inherited: inheritedTrangDinh,
    });
    expect(s.short_name).toBe('Mặt trận Tràng Định');
    expect(s.primary_color).toBe('#1b5e20');
    // not given by the inherited data: from @units
    expect(s.secondary_color).toBe('#ffca28');
    expect(s.footer_address).toMatch(/Thất Khê/);
    expect(s.footer_links).toHaveLength(1);
  });

  it("ignores another unit's inherited settings (stale after navigation)", () => {
    const s = resolveInterface({
      unit: province,
      units,
      inherited: inheritedTrangDinh,
    });
    expect(s.short_name).toBe('MTTQ tỉnh Lạng Sơn');
    expect(s.primary_color).toBe('#b71c1c');
    expect(s.footer_address).toBe('');
    expect(s.logoUrl).toBe('/@@images/logo');
  });

  it('replaces invalid colours by the defaults', () => {
    const s = resolveInterface({
      unit: { ...trangDinh, interface: { primary_color: 'javascript:x' } },
      units,
      inherited: null,
    });
    expect(s.primary_color).toBe('#b71c1c');
  });

  it('matches by content path when the expander gives no origin', () => {
    const s = resolveInterface({
      unit: trangDinh,
      units,
      inherited: { ...inheritedTrangDinh, from: null },
    });
    expect(s.primary_color).toBe('#1b5e20');
    const p = resolveInterface({
      unit: province,
      units,
      inherited: { ...inheritedTrangDinh, from: null },
    });
    expect(p.primary_color).toBe('#b71c1c');
  });
});
